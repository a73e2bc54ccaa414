//! The reports kept: every report opened or imported in the window, as a file in the app's data
//! folder (written through a temporary file and a rename), listed by the date its figures stand
//! at, newest first. Listing reads only that date from each file, so a library of a hundred
//! reports starts as fast as one of one; a file is loaded (and checked) when it is shown, and a
//! damaged one is skipped with a message, never blocking the start.

use std::path::{Path, PathBuf};

use crate::fsutil::{STALE_AFTER, clear_stale, write_new};

/// A folder of report files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    dir: PathBuf,
}

/// A report in the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its file.
    pub path: PathBuf,
    /// The date its figures stand at (ISO 8601), as the file says.
    pub compiled: String,
    /// The file the table was imported from, as the file says (`imported_from`); none for a
    /// report kept whole.
    pub source: Option<String>,
}

impl Entry {
    /// What it is called: the file it was imported from, else its own file's name.
    pub fn name(&self) -> String {
        self.source.clone().unwrap_or_else(|| {
            self.path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        })
    }
}

/// The app's name to the system: the folder of its settings and kept reports.
pub const APP_ID: &str = "staffing-dashboard";

/// The folder the window keeps its reports in, found without the window (as eframe finds its
/// storage): `$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application Support` on
/// macOS, each `/staffing-dashboard/reports`; on Windows `%APPDATA%\staffing-dashboard\data\reports`.
pub fn default_dir() -> Option<PathBuf> {
    let app = dirs::data_dir()?.join(APP_ID);
    #[cfg(windows)]
    let app = app.join("data");
    Some(app.join("reports"))
}

impl Library {
    /// The library in `dir` (made when the first report is kept).
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// Its folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The reports, newest first (by the date their figures stand at, then by name); files
    /// whose date cannot be read are named in `unreadable`, and so is the folder itself when
    /// it is there and cannot be read (a file where the folder should be). Temporary files
    /// that a killed write left are cleared.
    pub fn list(&self) -> (Vec<Entry>, Vec<PathBuf>) {
        let mut entries = Vec::new();
        let mut unreadable = Vec::new();
        let dir = match std::fs::read_dir(&self.dir) {
            Ok(dir) => dir,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (entries, unreadable),
            Err(_) => {
                unreadable.push(self.dir.clone());
                return (entries, unreadable);
            }
        };
        clear_stale(&self.dir, STALE_AFTER);
        for item in dir.flatten() {
            let path = item.path();
            if path.extension().is_none_or(|e| e != "ron") {
                continue;
            }
            let text = head(&path);
            match text.as_deref().and_then(compiled_date) {
                Some(compiled) => entries.push(Entry {
                    path,
                    compiled,
                    source: text.as_deref().and_then(imported_from),
                }),
                None => unreadable.push(path),
            }
        }
        entries.sort_by(|a, b| b.compiled.cmp(&a.compiled).then(a.path.cmp(&b.path)));
        unreadable.sort();
        (entries, unreadable)
    }

    /// Keeps a report file's text as `{compiled}.ron` (`{compiled}-2.ron` … when that name is
    /// taken by another text); the same text kept twice is one file.
    pub fn add(&self, text: &str, compiled: &str) -> Result<PathBuf, String> {
        std::fs::create_dir_all(&self.dir).map_err(|e| e.to_string())?;
        for n in 1_u32..1000 {
            let name = if n == 1 {
                format!("{compiled}.ron")
            } else {
                format!("{compiled}-{n}.ron")
            };
            let path = self.dir.join(name);
            // A file that cannot be read (not UTF-8, a FIFO, too large, unreadable) still holds
            // a report and is never replaced; the same text kept twice is one file.
            let same = || {
                crate::report::read_file(&path, crate::report::MAX_FILE_BYTES)
                    .is_ok_and(|existing| existing == text.as_bytes())
            };
            match std::fs::symlink_metadata(&path) {
                // Published only where nothing is, even if another window keeps a report of
                // the same date at this moment: then it is ours if that one kept the same text,
                // else the next name is tried.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    write_new(&path, text.as_bytes()).map_err(|e| e.to_string())?;
                    if same() {
                        return Ok(path);
                    }
                }
                Ok(_) if same() => return Ok(path),
                _ => {}
            }
        }
        Err(format!(
            "{}: too many reports of {compiled}",
            self.dir.display()
        ))
    }

    /// Puts the report kept at `new` in the place of the one at `old` (both of this library),
    /// in one rename: the older file is replaced only when asked, never lost otherwise.
    pub fn replace(&self, new: &Path, old: &Path) -> Result<(), String> {
        for path in [new, old] {
            if !self.holds(path) {
                return Err(format!(
                    "{} is not in {}",
                    path.display(),
                    self.dir.display()
                ));
            }
        }
        std::fs::rename(new, old).map_err(|e| e.to_string())
    }

    /// Whether `path` is a file of this library.
    pub fn holds(&self, path: &Path) -> bool {
        path.parent().is_some_and(|p| p == self.dir)
    }

    /// Removes a report of the library (nothing outside its folder).
    pub fn remove(&self, path: &Path) -> Result<(), String> {
        if !self.holds(path) {
            return Err(format!(
                "{} is not in {}",
                path.display(),
                self.dir.display()
            ));
        }
        std::fs::remove_file(path).map_err(|e| e.to_string())
    }
}

/// The first 4 KiB of a file, where a report file states its date (a table file on its fourth
/// line, a full report before its notes).
fn head(path: &Path) -> Option<String> {
    use std::io::Read as _;
    // A FIFO (or a link to one) would block the start for ever, a device never end: only a
    // regular file within the report's limit is opened.
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > crate::report::MAX_FILE_BYTES {
        return None;
    }
    let mut bytes = Vec::with_capacity(4096);
    std::fs::File::open(path)
        .ok()?
        .take(4096)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// The date a report file's figures stand at, read from its text without loading it: a table
/// file's `compiled: "…"`, a full report's `compiled: (date: "…"`.
pub fn compiled_date(text: &str) -> Option<String> {
    quoted_after(text, "compiled:").filter(|d| crate::report::formats::is_date(d))
}

/// The file a table file was imported from, read from its text without loading it.
fn imported_from(text: &str) -> Option<String> {
    quoted_after(text, "imported_from:").filter(|n| !n.is_empty())
}

/// The first quoted text after `key` in a report file's text.
fn quoted_after(text: &str, key: &str) -> Option<String> {
    let rest = text.get(text.find(key)?..)?;
    let start = rest.find('"')?;
    Some(
        rest.get(start.saturating_add(1)..)?
            .chars()
            .take_while(|c| *c != '"')
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> Library {
        let dir =
            std::env::temp_dir().join(format!("staffing-library-{name}-{}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        Library::new(dir)
    }

    #[test]
    fn the_windows_folder_is_the_apps_reports_in_the_platforms_data_folder() {
        let dir = default_dir().expect("a data folder (HOME is set where tests run)");
        assert!(dir.is_absolute(), "{}", dir.display());
        assert!(
            dir.ends_with(Path::new(APP_ID).join("reports"))
                || dir.ends_with(Path::new(APP_ID).join("data").join("reports"))
        );
    }

    #[test]
    fn windows_keeping_reports_of_one_date_at_once_lose_none() {
        let lib = temp("race");
        for round in 0..5 {
            let texts: Vec<String> = (0..8)
                .map(|i| format!("Table(compiled: \"2021-06-02\", round: {round}, window: {i})"))
                .collect();
            let paths: Vec<PathBuf> = std::thread::scope(|s| {
                let handles: Vec<_> = texts
                    .iter()
                    .map(|t| s.spawn(|| lib.add(t, "2021-06-02").unwrap()))
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            for (t, p) in texts.iter().zip(&paths) {
                assert_eq!(&std::fs::read_to_string(p).unwrap(), t, "{}", p.display());
            }
            let mut distinct = paths.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), 8, "{paths:?}");
        }
        let (entries, unreadable) = lib.list();
        assert_eq!(entries.len(), 40);
        assert!(unreadable.is_empty());
        std::fs::remove_dir_all(lib.dir()).ok();
    }

    #[test]
    fn a_file_where_the_folder_should_be_is_named() {
        let lib = temp("not-a-folder");
        std::fs::write(lib.dir(), "a file").unwrap();
        assert_eq!(lib.list(), (Vec::new(), vec![lib.dir().to_owned()]));
        std::fs::remove_file(lib.dir()).ok();
    }

    #[test]
    fn kept_listed_newest_first_and_removed() {
        let lib = temp("list");
        assert_eq!(lib.list(), (vec![], vec![]), "no folder yet: empty");
        let a = lib
            .add("Table(compiled: \"2021-06-02\")", "2021-06-02")
            .unwrap();
        let b = lib
            .add("Table(compiled: \"2021-06-16\")", "2021-06-16")
            .unwrap();
        assert_eq!(
            lib.add("Table(compiled: \"2021-06-02\")", "2021-06-02")
                .unwrap(),
            a,
            "the same text once"
        );
        let c = lib
            .add("Table(compiled: \"2021-06-02\") // another", "2021-06-02")
            .unwrap();
        assert!(c.ends_with("2021-06-02-2.ron"));
        std::fs::write(lib.dir().join("broken.ron"), "garbage").unwrap();
        std::fs::write(lib.dir().join("notes.txt"), "not a report").unwrap();
        let (entries, unreadable) = lib.list();
        let names: Vec<String> = entries.iter().map(Entry::name).collect();
        assert_eq!(
            names,
            ["2021-06-16.ron", "2021-06-02-2.ron", "2021-06-02.ron"]
        );
        assert_eq!(unreadable, [lib.dir().join("broken.ron")]);
        lib.remove(&b).unwrap();
        assert_eq!(lib.list().0.len(), 2);
        assert!(
            lib.remove(Path::new("/etc/passwd")).is_err(),
            "nothing outside"
        );
        std::fs::remove_dir_all(lib.dir()).ok();
    }

    #[test]
    fn a_kept_file_is_listed_up_to_the_reports_limit_and_not_beyond() {
        let lib = temp("limit");
        std::fs::create_dir_all(lib.dir()).unwrap();
        let limit = crate::report::MAX_FILE_BYTES;
        for (name, len) in [("2021-06-02.ron", limit), ("2021-06-16.ron", limit + 1)] {
            let path = lib.dir().join(name);
            std::fs::write(&path, "Table(compiled: \"2021-06-02\")").unwrap();
            std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .unwrap()
                .set_len(len)
                .unwrap();
        }
        let (entries, unreadable) = lib.list();
        let names: Vec<String> = entries.iter().map(Entry::name).collect();
        assert_eq!(names, ["2021-06-02.ron"], "exactly the limit: read");
        assert_eq!(
            unreadable,
            [lib.dir().join("2021-06-16.ron")],
            "one byte over"
        );
        std::fs::remove_dir_all(lib.dir()).ok();
    }

    #[test]
    fn a_name_taken_by_a_file_that_cannot_be_read_is_never_replaced() {
        let lib = temp("taken");
        std::fs::create_dir_all(lib.dir()).unwrap();
        // A kept report that is not valid UTF-8 (damaged, or someone's else): still a report.
        let damaged = lib.dir().join("2021-06-02.ron");
        std::fs::write(&damaged, b"Table(\xff\xfe").unwrap();
        let kept = lib
            .add("Table(compiled: \"2021-06-02\")", "2021-06-02")
            .unwrap();
        assert!(kept.ends_with("2021-06-02-2.ron"), "{}", kept.display());
        assert_eq!(std::fs::read(&damaged).unwrap(), b"Table(\xff\xfe");
        std::fs::remove_dir_all(lib.dir()).ok();
    }

    /// A FIFO (or a link to a device) among the kept reports is listed as unreadable without
    /// being opened: opening a FIFO would block the start for ever. Unix only: Windows has no
    /// FIFOs or device links in a user's folder.
    #[cfg(unix)]
    #[test]
    fn a_fifo_or_a_device_link_among_the_kept_reports_is_not_opened() {
        let lib = temp("fifo");
        std::fs::create_dir_all(lib.dir()).unwrap();
        let fifo = lib.dir().join("2021-06-02.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success(), "mkfifo (coreutils) makes the FIFO");
        let zero = lib.dir().join("2021-06-16.ron");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        // Listed on a thread: were the FIFO opened, this would wait for ever, not fail.
        let (tx, rx) = std::sync::mpsc::channel();
        let listing = lib.clone();
        std::thread::spawn(move || tx.send(listing.list()).ok());
        let (entries, unreadable) = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("listed within 10 s, the FIFO not opened");
        assert!(entries.is_empty());
        assert_eq!(unreadable, [fifo.clone(), zero]);
        // Their names are taken: a new report of the date goes beside them.
        let kept = lib
            .add("Table(compiled: \"2021-06-02\")", "2021-06-02")
            .unwrap();
        assert!(kept.ends_with("2021-06-02-2.ron"), "{}", kept.display());
        std::fs::remove_dir_all(lib.dir()).ok();
    }

    #[test]
    fn the_date_is_read_from_either_form() {
        assert_eq!(
            compiled_date("Table(\n notice: \"2021-05-26\",\n compiled: \"2021-06-02\",")
                .as_deref(),
            Some("2021-06-02")
        );
        assert_eq!(
            compiled_date(crate::assets::BUNDLED_RON).as_deref(),
            Some("2021-05-19")
        );
        assert_eq!(compiled_date("(compiled: (date: \"soon\"))"), None);
    }

    #[test]
    fn a_kept_table_says_its_source_and_takes_anothers_place_only_within_the_library() {
        let lib = temp("replace");
        let table = |n: u32| {
            format!(
                "Table(notice: \"2021-05-26\", compiled: \"2021-06-02\", imported_from: \"t{n}.csv\")"
            )
        };
        let a = lib.add(&table(1), "2021-06-02").unwrap();
        let b = lib.add(&table(2), "2021-06-02").unwrap();
        let (entries, _) = lib.list();
        let mut names: Vec<String> = entries.iter().map(Entry::name).collect();
        names.sort();
        assert_eq!(names, ["t1.csv", "t2.csv"]);
        lib.replace(&b, &a).unwrap();
        let (entries, _) = lib.list();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].path, a);
        assert_eq!(entries[0].source.as_deref(), Some("t2.csv"));
        let outside = std::env::temp_dir().join("not-in-the-library.ron");
        assert!(lib.replace(&outside, &a).is_err());
        assert!(lib.replace(&a, &outside).is_err());
        assert!(a.exists(), "nothing moved out");
        assert_eq!(imported_from("Table(imported_from: \"\")"), None);
        std::fs::remove_dir_all(lib.dir()).ok();
    }
}

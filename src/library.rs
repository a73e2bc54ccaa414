//! The reports kept: every report opened or imported in the window, as a file in the app's data
//! folder (written through a temporary file and a rename), listed by the date its figures stand
//! at, newest first. Listing reads only that date from each file, so a library of a hundred
//! reports starts as fast as one of one; a file is loaded (and checked) when it is shown, and a
//! damaged one is skipped with a message, never blocking the start.

use std::path::{Path, PathBuf};

use crate::fsutil::write_atomic;

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
}

impl Entry {
    /// The file's name.
    pub fn name(&self) -> String {
        self.path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    }
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
    /// whose date cannot be read are named in `unreadable`.
    pub fn list(&self) -> (Vec<Entry>, Vec<PathBuf>) {
        let mut entries = Vec::new();
        let mut unreadable = Vec::new();
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return (entries, unreadable);
        };
        for item in dir.flatten() {
            let path = item.path();
            if path.extension().is_none_or(|e| e != "ron") {
                continue;
            }
            match head(&path).and_then(|t| compiled_date(&t)) {
                Some(compiled) => entries.push(Entry { path, compiled }),
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
            match std::fs::read_to_string(&path) {
                Ok(existing) if existing == text => return Ok(path),
                Ok(_) => {}
                Err(_) => {
                    write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())?;
                    return Ok(path);
                }
            }
        }
        Err(format!(
            "{}: too many reports of {compiled}",
            self.dir.display()
        ))
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
    let at = text.find("compiled:")?;
    let rest = text.get(at..)?;
    let start = rest.find('"')?;
    let date: String = rest
        .get(start.saturating_add(1)..)?
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    crate::report::formats::is_date(&date).then_some(date)
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
    fn the_date_is_read_from_either_form() {
        assert_eq!(
            compiled_date("Table(\n notice: \"2021-05-26\",\n compiled: \"2021-06-02\",")
                .as_deref(),
            Some("2021-06-02")
        );
        assert_eq!(
            compiled_date(crate::report::BUNDLED_RON).as_deref(),
            Some("2021-05-19")
        );
        assert_eq!(compiled_date("(compiled: (date: \"soon\"))"), None);
    }
}

//! Writing files so that a failure leaves nothing half-written: a temporary file in the target
//! folder, synced, then renamed over the target.

use std::fs::File;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writing a file failed; the target is untouched and no temporary file is left.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {path}: {source}")]
pub struct WriteError {
    /// The target.
    pub path: PathBuf,
    /// Why.
    #[source]
    pub source: std::io::Error,
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// Like [`write_atomic`], with the writing done by `write` on the temporary file (a seam for
/// tests that simulate a disk filling up halfway).
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let fail = |source| WriteError {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| fail(std::io::Error::other("no file name")))?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let mut created = false;
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        created = true;
        write(&mut f)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        if created {
            std::fs::remove_file(&tmp).ok();
        }
        return Err(fail(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("staffing-fsutil-{}-{name}", std::process::id()));
        std::fs::remove_dir_all(&d).ok();
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn names(d: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_and_replaces() {
        let d = dir("ok");
        let p = d.join("a.csv");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(names(&d), ["a.csv"]);
        std::fs::remove_dir_all(&d).ok();
    }

    #[test]
    fn a_disk_that_fills_up_halfway_leaves_the_old_file_and_no_temporary() {
        let d = dir("full");
        let p = d.join("a.csv");
        std::fs::write(&p, b"previous").unwrap();
        let e = write_atomic_with(&p, |f| {
            f.write_all(b"half of the")?;
            Err(std::io::Error::other("No space left on device"))
        })
        .unwrap_err();
        assert!(e.to_string().contains("No space left on device"), "{e}");
        assert_eq!(std::fs::read(&p).unwrap(), b"previous");
        assert_eq!(names(&d), ["a.csv"]);
        std::fs::remove_dir_all(&d).ok();
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let d = dir("missing");
        let p = d.join("no").join("a.csv");
        assert!(write_atomic(&p, b"x").is_err());
        assert!(!p.exists());
        std::fs::remove_dir_all(&d).ok();
    }
}

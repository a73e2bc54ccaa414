//! Writing files so that a failure leaves nothing half-written: a temporary file in the target
//! folder, synced, then renamed over the target. Only a regular file (or a name not there yet)
//! is written: a link is written through to its target, a device, a pipe or a folder is
//! refused. The old file's permissions are kept. Temporary files that a killed write left are
//! cleared at the next write to their folder.

use std::fs::File;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::lang::Lang;
use crate::report::is_device_name;
use crate::texts::{fill, texts};

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

/// The reason of a refusal (not the system's error): the target is no regular file.
#[derive(Debug, thiserror::Error)]
#[error("not a regular file")]
struct NotAFile;

impl WriteError {
    /// Why, in `lang`: a refusal in the user's words, else the system's error.
    pub fn reason(&self, lang: Lang) -> String {
        if self
            .source
            .get_ref()
            .is_some_and(|e| e.downcast_ref::<NotAFile>().is_some())
        {
            texts(lang).window.write_not_a_file.to_owned()
        } else {
            self.source.to_string()
        }
    }

    /// `cannot write FILE: why`, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        fill(
            texts(lang).cli.cannot_write,
            &[
                ("file", &self.path.display()),
                ("error", &self.reason(lang)),
            ],
        )
    }
}

/// A temporary file of ours older than this was left by a write that was killed: another
/// window's write in progress is younger.
pub const STALE_AFTER: Duration = Duration::from_mins(10);

/// The longest file name most file systems take (in bytes; NTFS counts 255 UTF-16 units).
const MAX_NAME_BYTES: usize = 255;

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// The file a write to `path` replaces: `path`, or the target of the link at `path` (links
/// followed, each relative to its own folder, at most 40 deep as the kernel does); an error
/// when that is there and no regular file.
fn target_of(path: &Path) -> std::io::Result<(PathBuf, Option<std::fs::Metadata>)> {
    let mut at = path.to_owned();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&at) {
            // Not there (or not reachable: then writing beside it fails with the system's
            // reason).
            Err(_) => return Ok((at, None)),
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&at)?;
                at = at
                    .parent()
                    .map_or_else(|| link.clone(), |dir| dir.join(&link));
            }
            Ok(m) if m.is_file() => return Ok((at, Some(m))),
            Ok(_) => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    NotAFile,
                ));
            }
        }
    }
    Err(std::io::Error::other("too many levels of links"))
}

/// The temporary file's name for `name`: `.NAME.PID.N.tmp`, `NAME` cut short (at a character)
/// so that the whole stays within a file name's limit.
fn temporary_name(name: &str, n: u64) -> String {
    let tail = format!(".{}.{n}.tmp", std::process::id());
    let room = MAX_NAME_BYTES.saturating_sub(tail.len()).saturating_sub(1);
    let mut cut = name.len().min(room);
    while !name.is_char_boundary(cut) {
        cut = cut.saturating_sub(1);
    }
    format!(".{}{tail}", name.get(..cut).unwrap_or_default())
}

/// Whether `name` is one of our temporary files' names (`.….PID.N.tmp`).
fn is_temporary_name(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let mut parts = rest.rsplitn(3, '.');
    let digits =
        |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    digits(parts.next()) && digits(parts.next()) && parts.next().is_some_and(|p| !p.is_empty())
}

/// Removes our temporary files in `dir` older than `age` (left by a write that was killed).
/// Whatever cannot be read or removed is left.
pub fn clear_stale(dir: &Path, age: Duration) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let old = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|elapsed| elapsed > age);
        if old && name.to_str().is_some_and(is_temporary_name) {
            std::fs::remove_file(entry.path()).ok();
        }
    }
}

/// The folder a file is written in (`.` for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Writes a synced temporary file beside `target` with `write`; its path.
fn write_temporary(
    target: &Path,
    write: impl FnOnce(&mut File) -> std::io::Result<()>,
    permissions: Option<std::fs::Permissions>,
) -> std::io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = folder_of(target);
    clear_stale(&dir, STALE_AFTER);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| std::io::Error::other("no file name"))?;
    let tmp = dir.join(temporary_name(
        &name,
        COUNTER.fetch_add(1, Ordering::Relaxed),
    ));
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)?;
    let result = (|| {
        write(&mut f)?;
        // The old file's permissions (a 0600 file stays 0600; on Windows, its read-only flag).
        if let Some(p) = permissions {
            f.set_permissions(p)?;
        }
        f.sync_all()
    })();
    drop(f);
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            std::fs::remove_file(&tmp).ok();
            Err(e)
        }
    }
}

/// Like [`write_atomic`], with the writing done by `write` on the temporary file (a seam for
/// tests that simulate a disk filling up halfway).
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let fail = |source| WriteError {
        path: path.to_owned(),
        source,
    };
    if path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(is_device_name)
    {
        return Err(fail(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            NotAFile,
        )));
    }
    let (target, old) = target_of(path).map_err(fail)?;
    let tmp = write_temporary(&target, write, old.map(|m| m.permissions())).map_err(fail)?;
    std::fs::rename(&tmp, &target).map_err(|e| {
        std::fs::remove_file(&tmp).ok();
        fail(e)
    })
}

/// Writes `bytes` to `path` only if nothing is there, whole or not at all: a synced temporary
/// file hard-linked to `path` (which fails if `path` exists, even when another process makes it
/// at the same moment). `Ok(false)` when `path` is taken. Where the link fails (the name taken,
/// or a file system without hard links: FAT, some network shares) the file is created new in
/// place, which fails alike when the name is taken.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<bool, WriteError> {
    write_new_with(path, bytes, |from, to| std::fs::hard_link(from, to))
}

/// [`write_new`] with the hard link made by `link` (a seam for tests of a file system without
/// hard links).
fn write_new_with(
    path: &Path,
    bytes: &[u8],
    link: impl FnOnce(&Path, &Path) -> std::io::Result<()>,
) -> Result<bool, WriteError> {
    let fail = |source| WriteError {
        path: path.to_owned(),
        source,
    };
    let tmp = write_temporary(path, |f| f.write_all(bytes), None).map_err(fail)?;
    let linked = link(&tmp, path);
    std::fs::remove_file(&tmp).ok();
    if linked.is_ok() {
        return Ok(true);
    }
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    match created {
        Ok(mut f) => {
            let written = f.write_all(bytes).and_then(|()| f.sync_all());
            if let Err(e) = written {
                drop(f);
                std::fs::remove_file(path).ok();
                return Err(fail(e));
            }
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(fail(e)),
    }
}

#[cfg(test)]
#[path = "fsutil/tests.rs"]
mod tests;

//! The window's saved settings (eframe's `app.ron` beside the kept reports), checked before
//! eframe opens them, so that no saved file can stop the start (issue 23): a file that is not a
//! regular file (a FIFO, a link to a device) or is larger than [`MAX_BYTES`] is moved aside
//! unread; a saved zoom that egui would turn into a scale factor winit refuses (0, negative,
//! NaN, infinite, or outside egui's own 0.2-5.0) is set back to 1.0; a saved window geometry
//! with a number that cannot be a window's (NaN, infinite, a scale of 0 or less, beyond a
//! million pixels) is dropped, so that the window opens at its first-start size. Everything else
//! (the user's choices, panel sizes) is kept as saved. No egui here: the file is text.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// The largest settings file read: a few kilobytes in use; anything near this is not ours.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// egui's zoom range (its keyboard zoom stays within it).
const ZOOM: std::ops::RangeInclusive<f64> = 0.2..=5.0;

/// The key of egui's memory (with the zoom) and of the window's geometry in eframe's file.
const EGUI_KEY: &str = "egui";
const WINDOW_KEY: &str = "window";

/// What the check did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Checked {
    /// No file, or nothing to change.
    Fine,
    /// Not a regular file, or too large: moved aside to this path, unread.
    MovedAside(PathBuf),
    /// A zoom or a window geometry that would stop the start: mended in place.
    Mended,
}

/// Checks eframe's saved settings at `path` before eframe reads them (see the module's text).
/// Never fails: what cannot be checked is left to eframe, which starts afresh on a file it
/// cannot parse.
pub fn check(path: &Path) -> Checked {
    // `metadata` follows a link: a link to /dev/zero is a character device here.
    // No file (or a dangling link, which eframe cannot open either): nothing to check.
    let Ok(meta) = std::fs::metadata(path) else {
        return Checked::Fine;
    };
    if !meta.is_file() || meta.len() > MAX_BYTES {
        return move_aside(path);
    }
    let Ok(file) = std::fs::File::open(path) else {
        return Checked::Fine;
    };
    let mut text = String::new();
    // Bounded even if the file grows while it is read.
    if file
        .take(MAX_BYTES.saturating_add(1))
        .read_to_string(&mut text)
        .is_err()
        || u64::try_from(text.len()).unwrap_or(u64::MAX) > MAX_BYTES
    {
        return move_aside(path);
    }
    let Ok(mut kv) = ron::from_str::<HashMap<String, String>>(&text) else {
        return Checked::Fine;
    };
    if !mend(&mut kv) {
        return Checked::Fine;
    }
    match ron::to_string(&kv) {
        Ok(mended) if crate::fsutil::write_atomic(path, mended.as_bytes()).is_ok() => {
            Checked::Mended
        }
        _ => move_aside(path),
    }
}

/// Renames `path` to `path.unreadable` (replacing an older one), so that eframe starts afresh
/// and the file is still there to look at.
fn move_aside(path: &Path) -> Checked {
    let mut aside = path.as_os_str().to_owned();
    aside.push(".unreadable");
    let aside = PathBuf::from(aside);
    match std::fs::rename(path, &aside) {
        Ok(()) => Checked::MovedAside(aside),
        Err(_) => Checked::Fine,
    }
}

/// Mends the saved zoom and drops an impossible window geometry; whether anything changed.
pub fn mend<S: std::hash::BuildHasher>(kv: &mut HashMap<String, String, S>) -> bool {
    let mut changed = false;
    if let Some(memory) = kv.get_mut(EGUI_KEY)
        && let Some(mended) = mend_zoom(memory)
    {
        *memory = mended;
        changed = true;
    }
    if kv.get(WINDOW_KEY).is_some_and(|w| !geometry_is_possible(w)) {
        kv.remove(WINDOW_KEY);
        changed = true;
    }
    changed
}

/// egui's memory with every `zoom_factor` outside egui's range set to 1.0; `None` when all are
/// within it.
fn mend_zoom(memory: &str) -> Option<String> {
    let mut out = String::with_capacity(memory.len());
    let mut rest = memory;
    let mut changed = false;
    while let Some(at) = rest.find("zoom_factor:") {
        let (before, after) = rest.split_at(at.saturating_add("zoom_factor:".len()));
        out.push_str(before);
        let end = after.find([',', ')', '}']).unwrap_or(after.len());
        let (value, tail) = after.split_at(end);
        let fine = value
            .trim()
            .parse::<f64>()
            .is_ok_and(|z| z.is_finite() && ZOOM.contains(&z));
        if fine {
            out.push_str(value);
        } else {
            out.push_str("1.0");
            changed = true;
        }
        rest = tail;
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// Whether every number in a saved window geometry can be a window's: finite, within a million
/// pixels either way, and its scale factor above 0 and at most 16.
fn geometry_is_possible(window: &str) -> bool {
    let lower = window.to_ascii_lowercase();
    if lower.contains("nan") || lower.contains("inf") {
        return false;
    }
    let numbers = window
        .split(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E')))
        .filter(|t| t.bytes().any(|b| b.is_ascii_digit()))
        .map(str::parse::<f64>);
    for n in numbers {
        match n {
            Ok(v) if v.is_finite() && v.abs() <= 1.0e6 => {}
            _ => return false,
        }
    }
    match window.find("scale_factor:") {
        Some(at) => window
            .get(at.saturating_add("scale_factor:".len())..)
            .and_then(|s| s.split([',', ')']).next().map(str::trim))
            .and_then(|s| s.parse::<f64>().ok())
            .is_some_and(|s| s > 0.0 && s <= 16.0),
        None => true,
    }
}

#[cfg(test)]
mod tests;

//! The app's reports kept ([`Library`]): the newest shown at start unless a file was given, a
//! damaged one skipped with a message; every report opened or imported kept; one removed when
//! the user says so.

use std::path::{Path, PathBuf};

use super::{App, Document};
use crate::dashboard::Choice;
use crate::library::Library;
use crate::report;
use crate::texts::{fill, texts};

/// At most this many files are named in the message about kept files not read; the rest are
/// counted, so that the message fits the window whatever their number.
pub const SKIPPED_NAMED: usize = 3;

/// The one message about kept files that could not be read.
fn skipped_message(skipped: &[String], lang: crate::lang::Lang) -> String {
    let t = texts(lang);
    let named = skipped
        .iter()
        .take(SKIPPED_NAMED)
        .cloned()
        .collect::<Vec<_>>()
        .join(t.window.list_separator);
    if skipped.len() <= SKIPPED_NAMED {
        return fill(t.reports.library_skipped, &[("files", &named)]);
    }
    let count = |n: usize| crate::texts::format_count(u32::try_from(n).unwrap_or(u32::MAX));
    fill(
        t.reports.library_skipped_many,
        &[
            ("count", &count(skipped.len())),
            ("files", &named),
            ("more", &count(skipped.len().saturating_sub(SKIPPED_NAMED))),
        ],
    )
}

impl App {
    /// The same app keeping its reports in `library`; at start the newest of them (or the
    /// bundled one, when it is newer) is shown, unless a file was given.
    #[must_use]
    pub fn with_library(mut self, library: Library) -> Self {
        self.library = Some(library);
        let unreadable = self.refresh_library();
        if self.started_with.is_none() {
            self.show_newest(&unreadable);
        }
        self
    }

    /// The date of the bundled report's figures, to place it among the kept ones.
    pub(super) fn bundled_date() -> &'static str {
        report::bundled_notice().map_or("", |r| r.meta.compiled.date.as_str())
    }

    /// The reports kept, newest first, read again.
    pub(super) fn refresh_library(&mut self) -> Vec<PathBuf> {
        let Some(library) = &self.library else {
            return Vec::new();
        };
        let (entries, unreadable) = library.list();
        self.kept = entries;
        self.forget_trend();
        unreadable
    }

    /// Shows the newest report kept that loads (the bundled one when it is newer or none
    /// does); the files that do not load, and `unreadable`, are named in a notice.
    pub(super) fn show_newest(&mut self, unreadable: &[PathBuf]) {
        // A file by its name; the folder itself (a file where it should be) by its whole path.
        let folder = self.library.as_ref().map(|l| l.dir().to_owned());
        let mut skipped: Vec<String> = unreadable
            .iter()
            .filter_map(|p| {
                if Some(p) == folder.as_ref() {
                    return Some(p.display().to_string());
                }
                p.file_name().map(|n| n.to_string_lossy().into_owned())
            })
            .collect();
        let mut shown = false;
        for entry in self.kept.clone() {
            if entry.compiled.as_str() < Self::bundled_date() {
                break;
            }
            match report::load_path(&entry.path) {
                Ok(loaded) => {
                    self.show(Document::new(loaded, Some(entry.path)));
                    shown = true;
                    break;
                }
                Err(_) => skipped.push(entry.name()),
            }
        }
        if !shown
            && self
                .doc
                .path()
                .is_some_and(|p| self.library.as_ref().is_some_and(|l| l.holds(p)))
        {
            self.show(Document::bundled());
        }
        if !skipped.is_empty() {
            let message = skipped_message(&skipped, self.state.lang);
            self.say(message);
        }
    }

    /// Keeps a report file's text in the library; its path there (`None` without a library or
    /// when it cannot be written, which is said).
    pub(super) fn keep(&mut self, text: &str, compiled: &str) -> Option<PathBuf> {
        let library = self.library.as_ref()?;
        match library.add(text, compiled) {
            Ok(path) => {
                self.refresh_library();
                Some(path)
            }
            Err(e) => {
                let t = texts(self.state.lang);
                self.fail(t.reports.library_not_kept, vec![e]);
                None
            }
        }
    }

    /// After a table is kept at `kept`: asks whether it replaces a kept one of the same date.
    pub(super) fn ask_replace(&mut self, kept: &Path, compiled: &str) {
        let other = self
            .kept
            .iter()
            .find(|e| e.compiled == compiled && e.path != kept)
            .map(|e| e.path.clone());
        if let Some(old) = other {
            self.overlays.confirm_replace = Some((kept.to_owned(), old));
        }
    }

    /// Puts the table kept at `new` in the place of `old` (as confirmed); what is shown and
    /// opened at the next start follows it.
    pub(super) fn replace_report(&mut self, new: &Path, old: &Path) {
        self.overlays.confirm_replace = None;
        let Some(library) = &self.library else {
            return;
        };
        let lang = self.state.lang;
        match library.replace(new, old) {
            Ok(()) => {
                self.refresh_library();
                if self.doc.path() == Some(new) {
                    self.doc.moved_to(old.to_owned());
                    self.state
                        .apply(Choice::RememberReport(Some(old.to_owned())));
                }
                let date = crate::texts::format_date(&self.doc.report().meta.compiled.date, lang);
                self.say(fill(texts(lang).reports.replaced, &[("date", &date)]));
            }
            Err(e) => self.fail(texts(lang).reports.library_not_kept, vec![e]),
        }
    }

    /// Whether `path` is a report kept in the library.
    pub(super) fn is_kept(&self, path: &Path) -> bool {
        self.library.as_ref().is_some_and(|l| l.holds(path))
    }

    /// Removes a kept report (asked first); the newest left is shown if it was on screen.
    pub(super) fn remove_report(&mut self, path: &Path) {
        self.overlays.confirm_remove = None;
        let Some(library) = &self.library else {
            return;
        };
        let lang = self.state.lang;
        match library.remove(path) {
            Ok(()) => {
                let was_shown = self.doc.path() == Some(path);
                if self.doc.earlier().and_then(|e| e.path()) == Some(path) {
                    self.compare(None);
                }
                self.refresh_library();
                if was_shown {
                    self.show(Document::bundled());
                    self.show_newest(&[]);
                }
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.say(fill(texts(lang).reports.report_removed, &[("file", &name)]));
            }
            Err(e) => self.fail(texts(lang).reports.report_not_removed, vec![e]),
        }
    }
}

//! A table opened in the window (by the file dialog, a drop or `--report`): the form asks its
//! dates, the table is imported as `import` does it, and the report shown only when it is
//! valid; every error in the dialog, the form kept open to put them right.

use std::path::Path;

use super::{App, Document};
use crate::dashboard::import_form::ImportForm;
use crate::import::{self, Kind};
use crate::report;
use crate::texts::{fill, texts};

/// Whether a path names a table (to import) rather than a report file.
pub fn is_table(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .and_then(Kind::of)
        .is_some()
}

impl App {
    /// A table opened: the form asks its dates first.
    pub(super) fn ask_dates(&mut self, path: &Path) {
        self.import_form = Some(ImportForm::new(path.to_owned()));
    }

    /// The dates typed in the form.
    pub(super) fn edit_import(&mut self, compiled: String, period_end: String) {
        if let Some(form) = &mut self.import_form {
            form.compiled = compiled;
            form.period_end = period_end;
        }
    }

    /// Imports the form's table on the bundled report's notice; shows it when it is valid.
    pub(super) fn import_table(&mut self) {
        let Some(form) = self.import_form.clone() else {
            return;
        };
        let lang = self.state.lang;
        let t = texts(lang);
        let file = form.path.display().to_string();
        // A regular file within the import's limit: a FIFO or /dev/zero is refused, not read.
        let bytes = match report::read_file(&form.path, report::MAX_TABLE_BYTES) {
            Ok(b) => b,
            Err(problem) => {
                let error = problem.message(lang);
                let line = fill(t.cli_cannot_read, &[("file", &file), ("error", &error)]);
                self.fail(t.table_not_imported, vec![line]);
                return;
            }
        };
        let Some(base) = report::bundled_notice() else {
            return;
        };
        let imported = match import::import(&file, &bytes, &form.dates(), base, lang) {
            Ok(i) => i,
            Err(failed) => {
                self.fail(t.table_not_imported, failed.lines);
                return;
            }
        };
        // Read back as the report file it makes, so that what is shown is what `check` accepts.
        let loaded = import::to_ron(&imported)
            .map_err(|e| vec![e.to_string()])
            .and_then(|ron| {
                report::load_str(&ron)
                    .map(|l| (l, ron))
                    .map_err(|f| f.iter().map(|f| f.render(&file, lang)).collect())
            });
        match loaded {
            Ok((loaded, ron)) => {
                self.import_form = None;
                let kept = self.keep(&ron, &imported.table.compiled);
                self.show(Document::new(
                    loaded,
                    Some(kept.clone().unwrap_or_else(|| form.path.clone())),
                ));
                // The kept report file opens again at the next start; a table is no report file.
                self.state.last_report = kept;
                let notes = imported.warnings.len();
                let source = imported.source(&file, lang);
                self.say(match notes {
                    0 => fill(t.imported, &[("path", &source)]),
                    n => fill(t.imported_with_notes, &[("path", &source), ("count", &n)]),
                });
                if notes > 0 {
                    self.fail(t.imported_notes_title, imported.warnings);
                }
            }
            Err(lines) => self.fail(t.table_not_imported, lines),
        }
    }
}

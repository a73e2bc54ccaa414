//! A table opened in the window (by the file dialog, a drop or `--report`): the form asks its
//! dates, the table is imported as `import` does it, on a thread with its progress in the form
//! and a cancel, and the report shown only when it is valid; every error in the dialog, the
//! form kept open to put them right.

use std::path::Path;
use std::sync::Arc;

use super::{App, Document};
use crate::dashboard::Choice;
use crate::dashboard::import_form::ImportForm;
use crate::import::{self, Kind, Progress};
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
        // Another table opened while one is read: that one is cancelled.
        if let Some(job) = self.jobs.import.take() {
            job.progress.cancel();
        }
        if let Some(job) = self.jobs.peek.take() {
            job.progress.cancel();
        }
        self.overlays.import_form = Some(ImportForm::new(path.to_owned()));
        self.jobs.peek = peek(path).ok();
    }

    /// The dates typed in the form.
    pub(super) fn edit_import(&mut self, compiled: String, period_end: String) {
        if let Some(form) = &mut self.overlays.import_form {
            form.edit(compiled, period_end);
        }
    }

    /// Takes in the dates the form's table states, when read: offered where none was typed.
    pub(super) fn poll_peek(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.jobs.peek else { return };
        match job.done.try_recv() {
            Ok(stated) => {
                if let Some(form) = &mut self.overlays.import_form {
                    form.offer(&stated);
                }
                self.jobs.peek = None;
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => self.jobs.peek = None,
        }
    }

    /// Starts importing the form's table on the bundled report's notice, on a thread: the
    /// window goes on drawing (the form shows the progress and can cancel it).
    pub(super) fn import_table(&mut self, ctx: &egui::Context) {
        let Some(form) = self.overlays.import_form.clone() else {
            return;
        };
        if self.jobs.import.is_some() {
            return;
        }
        // Dates that cannot be right are said at once, by the form's names for them.
        let lang = self.state.lang;
        if let Some(base) = report::bundled_notice() {
            let problems = form.dates().problems_in_form(base, lang);
            if !problems.is_empty() {
                self.fail(texts(lang).import.table_not_imported, problems);
                return;
            }
        }
        let progress = Arc::new(Progress::default());
        let (tx, done) = std::sync::mpsc::channel();
        let (dates, lang, path) = (form.dates(), self.state.lang, form.path.clone());
        let (ctx, shared) = (ctx.clone(), Arc::clone(&progress));
        let spawned = std::thread::Builder::new()
            .name("import".to_owned())
            .spawn(move || {
                tx.send(run_import(&path, &dates, lang, &shared)).ok();
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.jobs.import = Some(ImportJob { progress, done }),
            Err(e) => self.fail(texts(lang).import.table_not_imported, vec![e.to_string()]),
        }
    }

    /// The import's progress while it runs: `Some(share)` (the share when known).
    pub(super) fn import_progress(&self) -> Option<(Option<f32>, u64)> {
        self.jobs
            .import
            .as_ref()
            .map(|job| (job.progress.fraction(), job.progress.items()))
    }

    /// Closes the form; an import running is cancelled (its thread stops at its next check).
    pub(super) fn cancel_import(&mut self) {
        self.overlays.import_form = None;
        if let Some(job) = self.jobs.peek.take() {
            job.progress.cancel();
        }
        if let Some(job) = self.jobs.import.take() {
            job.progress.cancel();
            self.say(texts(self.state.lang).import.cancelled.to_owned());
        }
    }

    /// Takes in an import that has finished: the report shown when it is valid, every error in
    /// the dialog otherwise (the form kept open to put them right).
    pub(super) fn poll_import(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.jobs.import else { return };
        let result = match job.done.try_recv() {
            Ok(result) => result,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                // The progress bar moves on its own frames.
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Err(Vec::new()),
        };
        self.jobs.import = None;
        let Some(form) = self.overlays.import_form.clone() else {
            return;
        };
        let lang = self.state.lang;
        let t = texts(lang);
        let file = form.path.display().to_string();
        match result {
            Ok(done) => {
                self.overlays.import_form = None;
                let compiled = done.imported.table.compiled.clone();
                let kept = self.keep(&done.ron, &compiled);
                self.show(Document::new(
                    done.loaded,
                    Some(kept.clone().unwrap_or_else(|| form.path.clone())),
                ));
                // The kept report file opens again at the next start; a table is no report file.
                self.state.apply(Choice::RememberReport(kept.clone()));
                let notes = done.imported.warnings.len();
                let source = done.imported.source(&file, lang);
                self.say(match notes {
                    0 => fill(t.import.imported, &[("path", &source)]),
                    n => fill(
                        t.import.imported_with_notes,
                        &[("path", &source), ("count", &n)],
                    ),
                });
                if notes > 0 {
                    self.fail(t.import.imported_notes_title, done.imported.warnings);
                }
                if let Some(kept) = &kept {
                    self.ask_replace(kept, &compiled);
                }
            }
            Err(lines) => self.fail(t.import.table_not_imported, lines),
        }
    }
}

/// Reading the dates a table states in its title rows, on a thread, while its form is open.
pub(super) struct PeekJob {
    /// Cancels it.
    progress: Arc<Progress>,
    /// What the table states, when read (nothing is sent for a table that cannot be read: the
    /// import says why).
    done: std::sync::mpsc::Receiver<import::stated::Stated>,
}

/// Starts reading the dates the table at `path` states.
fn peek(path: &Path) -> std::io::Result<PeekJob> {
    let progress = Arc::new(Progress::default());
    let (tx, done) = std::sync::mpsc::channel();
    let (path, shared) = (path.to_owned(), Arc::clone(&progress));
    std::thread::Builder::new()
        .name("table dates".to_owned())
        .spawn(move || {
            let file = path.display().to_string();
            let stated = report::read_file(&path, report::MAX_TABLE_BYTES)
                .ok()
                .and_then(|bytes| import::stated::stated_dates(&file, &bytes, &shared).ok());
            if let Some(stated) = stated {
                tx.send(stated).ok();
            }
        })?;
    Ok(PeekJob { progress, done })
}

/// An import running on its thread.
pub(super) struct ImportJob {
    /// How far it has come; cancels it.
    progress: Arc<Progress>,
    /// Its result, when it is done.
    done: std::sync::mpsc::Receiver<Result<Done, Vec<String>>>,
}

/// A table imported and read back as the report file it makes.
struct Done {
    imported: import::Imported,
    loaded: report::Loaded,
    ron: String,
}

/// Reads and imports the table at `path` (what runs on the import's thread): a regular file
/// within the import's limit (a FIFO or /dev/zero is refused, not read), imported on the bundled
/// report's notice, then read back as the report file it makes, so that what is shown is what
/// `check` accepts. Every error as a line.
fn run_import(
    path: &Path,
    dates: &import::Dates,
    lang: crate::lang::Lang,
    progress: &Progress,
) -> Result<Done, Vec<String>> {
    let t = texts(lang);
    let file = path.display().to_string();
    let bytes = report::read_file(path, report::MAX_TABLE_BYTES).map_err(|problem| {
        let error = problem.message(lang);
        vec![fill(
            t.cli.cannot_read,
            &[("file", &file), ("error", &error)],
        )]
    })?;
    let base = report::bundled_notice().ok_or_else(Vec::new)?;
    let imported = import::import_with(&file, &bytes, (dates, base), lang, progress)
        .map_err(|failed| failed.lines)?;
    let ron = import::to_ron(&imported).map_err(|e| vec![e.to_string()])?;
    let loaded = report::load_str(&ron)
        .map_err(|f| f.iter().map(|f| f.render(&file, lang)).collect::<Vec<_>>())?;
    Ok(Done {
        imported,
        loaded,
        ron,
    })
}

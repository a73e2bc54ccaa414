//! What the app does for a command (select, copy, export, open a report), and the work that
//! finishes on a later frame: a file dialog's answer, a screenshot, a dropped file.

use std::path::{Path, PathBuf};
use std::sync::mpsc::TryRecvError;
use std::time::Instant;

use super::dialogs::{Pending, Purpose, Request};
use super::{App, Document, ErrorDialog};
use crate::dashboard::{Action, Choice, Command};
use crate::export::png::{self as export, ChartTarget};
use crate::export::table::{
    chart_file_name, extra as table_extra, sheet_file_name, shown_csv, shown_html, shown_tsv,
    table_file_name,
};
use crate::fsutil::write_atomic;
use crate::report;
use crate::texts::{fill, texts};

impl App {
    /// Runs one command: a choice through the state, an action here.
    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command) {
        // A notice is about the last action: the next one (a language switch too) replaces it.
        // The table's columns kept in view as the window's width changes are no action.
        if !matches!(command, Command::Choice(Choice::SetFirstColumn(_))) {
            self.notice = None;
        }
        match command {
            Command::Choice(choice) => self.state.apply(choice),
            // What cannot be done with what is on screen (a shortcut, a queued command) is
            // not done: the same rule that disables its button.
            Command::Action(action) if !self.enabled(&action) => {}
            Command::Action(action) => self.act(ctx, action),
        }
    }

    /// Whether `action` can be carried out now ([`Action::enabled`]).
    fn enabled(&mut self, action: &Action) -> bool {
        let shown = self.doc.shown(&self.state);
        action.enabled(&self.doc.context(&self.state, &shown))
    }

    /// Asks where the workbook or the briefing pack of what is shown goes, offering its name.
    fn ask_document(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let shown = self.doc.shown(&self.state);
        let cx = self.doc.context(&self.state, &shown);
        let t = texts(self.state.lang);
        let (name, title) = if purpose == Purpose::Pack {
            (crate::export::pack::file_name(&cx), t.pack.save_title)
        } else {
            (
                crate::export::workbook::file_name(&cx),
                t.workbook.save_title,
            )
        };
        self.ask(ctx, purpose, title, name);
    }

    /// Carries out an action.
    fn act(&mut self, ctx: &egui::Context, action: Action) {
        let lang = self.state.lang;
        match action {
            Action::Copy(text) => {
                ctx.copy_text(text.clone());
                self.say(fill(texts(lang).export.copied_text, &[("text", &text)]));
            }
            // A chart export with no chart shown does nothing.
            Action::ExportChart if self.chart_rect.is_none() => {}
            Action::ExportChart => {
                let layout = self.state.chart_layout;
                let shown = self.doc.shown(&self.state);
                let name = self.trend_picture_name(layout).unwrap_or_else(|| {
                    chart_file_name(&self.doc.context(&self.state, &shown), layout)
                });
                self.ask(
                    ctx,
                    Purpose::ChartPng { layout },
                    texts(lang).export.save_the_chart_as_png,
                    name,
                );
            }
            Action::CopyChart => self.copy_chart(ctx),
            Action::ExportSeries => self.ask_series(ctx),
            Action::CopyTrendSummary => self.copy_trend_summary(ctx),
            Action::ExportMap => self.ask_map(ctx),
            Action::CopyMap => self.export_map(ctx, ChartTarget::Clipboard),
            Action::ExportCsv { all_rows } => {
                let shown = self.doc.shown(&self.state);
                let name = table_file_name(&self.doc.context(&self.state, &shown), all_rows);
                self.ask(
                    ctx,
                    Purpose::TableCsv { all_rows },
                    texts(lang).export.save_the_table_as_csv,
                    name,
                );
            }
            Action::ExportXlsx => self.ask_document(ctx, Purpose::TableXlsx),
            Action::ExportPack => self.ask_document(ctx, Purpose::Pack),
            Action::CopyTable => {
                let shown = self.doc.shown(&self.state);
                let cx = self.doc.context(&self.state, &shown);
                let (tsv, html) = (shown_tsv(&cx), shown_html(&cx));
                // Without a clipboard for HTML (none on this desktop), the text alone.
                if self.clipboard.set_html(&html, &tsv).is_err() {
                    ctx.copy_text(tsv);
                }
                self.say(fill(texts(lang).export.copied_rows, &[("n", &shown.len())]));
            }
            Action::ExportSheet(code) => {
                let name = sheet_file_name(code, self.doc.report(), lang);
                self.ask(
                    ctx,
                    Purpose::SheetPdf(code),
                    texts(lang).export.save_the_sheet_as_pdf,
                    name,
                );
            }
            Action::OpenReport => {
                self.ask(
                    ctx,
                    Purpose::OpenReport,
                    texts(lang).reports.open_a_report,
                    String::new(),
                );
            }
            Action::LoadReport(path) if super::importing::is_table(&path) => {
                self.ask_dates(&path);
            }
            Action::LoadReport(path) => self.load_report(&path),
            Action::EditImport {
                compiled,
                period_end,
            } => self.edit_import(compiled, period_end),
            Action::ImportTable => self.import_table(ctx),
            Action::CancelImport => self.cancel_import(),
            Action::AskRemoveReport(path) => self.overlays.confirm_remove = Some(path),
            Action::RemoveReport(path) => self.remove_report(&path),
            Action::CancelRemove => self.overlays.confirm_remove = None,
            Action::ReplaceReport { new, old } => self.replace_report(&new, &old),
            Action::KeepBoth => self.overlays.confirm_replace = None,
            Action::CompareWith(choice) => self.compare_with(choice),
            Action::BundledReport => {
                self.show(Document::bundled());
                self.say(texts(lang).reports.back_to_bundled_done.to_owned());
            }
            Action::ShowSources(open) => self.overlays.sources = open,
            Action::DismissError => self.overlays.error = None,
            Action::DismissNotice => self.notice = None,
        }
    }

    pub(super) fn say(&mut self, text: String) {
        self.notice = Some((text, None));
    }

    pub(super) fn fail(&mut self, title: &str, lines: Vec<String>) {
        self.overlays.error = Some(ErrorDialog {
            title: title.to_owned(),
            lines,
        });
    }

    /// Opens a file dialog unless one is open already.
    pub(super) fn ask(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        title: &str,
        default_name: String,
    ) {
        if self.jobs.dialog.is_some() {
            return;
        }
        if self.dialogs.unavailable().is_some() {
            // What to do instead, in one language: install the desktop's portal, or save
            // another way (the command line, the clipboard); a report can also be dropped.
            let t = texts(self.state.lang);
            let other = match purpose {
                Purpose::OpenReport => None,
                Purpose::ChartPng { .. } => Some(("export-chart", None)),
                Purpose::TableCsv { .. } => Some(("export-csv", None)),
                Purpose::SheetPdf(_) => Some(("export-sheet", None)),
                Purpose::TableXlsx => Some(("export-xlsx", None)),
                Purpose::Pack => Some(("export-pack", None)),
                Purpose::SeriesCsv => Some(("series", None)),
                Purpose::MapPng => Some(("", Some(t.export.copy_image))),
            };
            let said = match other {
                None => t.window.no_open_dialog.to_owned(),
                Some((_, Some(copy))) => fill(
                    t.window.no_save_dialog,
                    &[(
                        "instead",
                        &fill(t.window.save_by_copy, &[("button", &copy)]),
                    )],
                ),
                Some((command, None)) => fill(
                    t.window.no_save_dialog,
                    &[(
                        "instead",
                        &fill(t.window.save_by_command, &[("command", &command)]),
                    )],
                ),
            };
            self.fail(&said, Vec::new());
            return;
        }
        let dir = self.dialog_dir(purpose.dialog_use());
        let request = Request {
            purpose,
            title: title.to_owned(),
            default_name,
            dir,
        };
        self.jobs.dialog = Some(Pending::ask(&self.dialogs, request, ctx));
        // The answer is read at the start of a frame: make sure one comes.
        ctx.request_repaint();
    }

    /// Loads a report file; a file that fails validation is not shown and every error is listed.
    fn load_report(&mut self, path: &Path) {
        let lang = self.state.lang;
        match report::load_path(path) {
            Ok(loaded) => {
                let warnings = loaded.warnings.len();
                // Kept in the library, unless it is one of its own.
                let kept = if self.is_kept(path) {
                    None
                } else {
                    report::read_file(path, report::MAX_FILE_BYTES)
                        .ok()
                        .and_then(|bytes| String::from_utf8(bytes).ok())
                        .and_then(|text| {
                            let compiled = loaded.report.meta.compiled.date.clone();
                            self.keep(&text, &compiled)
                        })
                };
                self.show(Document::new(
                    loaded,
                    Some(kept.unwrap_or_else(|| path.to_owned())),
                ));
                let t = texts(lang);
                let path = path.display();
                self.say(match warnings {
                    0 => fill(t.window.opened, &[("path", &path)]),
                    n => fill(
                        t.window.opened_with_warnings,
                        &[("count", &n), ("path", &path)],
                    ),
                });
            }
            Err(e) => self.fail(texts(lang).reports.report_not_opened, e.render(lang)),
        }
    }

    /// Work that finishes on a later frame: dialogs, screenshots, dropped files.
    pub(super) fn poll(&mut self, ctx: &egui::Context) {
        if let Some(answer) = self.jobs.dialog.as_mut().and_then(Pending::poll)
            && let Some(pending) = self.jobs.dialog.take()
            && let Some(path) = answer
        {
            self.answered(ctx, &pending.request, path);
        }
        self.poll_screenshot(ctx);
        self.poll_render(ctx);
        self.poll_writing(ctx);
        self.poll_import(ctx);
        self.poll_peek(ctx);
        let dropped: Option<PathBuf> =
            ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_path_buf()));
        if let Some(path) = dropped {
            self.run(ctx, Command::Action(Action::LoadReport(path)));
        }
    }

    fn answered(&mut self, ctx: &egui::Context, request: &Request, path: PathBuf) {
        let shown = self.doc.shown(&self.state);
        let lang = self.state.lang;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            let use_ = request.purpose.dialog_use();
            self.state
                .apply(Choice::RememberFolder(use_, dir.to_owned()));
        }
        match request.purpose {
            Purpose::OpenReport => self.run(ctx, Command::Action(Action::LoadReport(path))),
            Purpose::TableCsv { all_rows } => {
                let cx = self.doc.context(&self.state, &shown);
                let bytes = if all_rows {
                    // As `export-csv` writes it (with --compare, --per-capita as on screen).
                    report::csv::report_csv_with(cx.report, table_extra(&cx), lang)
                        .map_err(|e| e.to_string())
                } else {
                    shown_csv(&cx)
                };
                let written =
                    bytes.and_then(|b| write_atomic(&path, &b).map_err(|e| e.render(lang)));
                self.report_write(&path, written);
            }
            Purpose::TableXlsx => {
                let cx = self.doc.context(&self.state, &shown);
                let written = crate::export::workbook::workbook_xlsx(&cx)
                    .map_err(|e| e.render(lang))
                    .and_then(|b| write_atomic(&path, &b).map_err(|e| e.render(lang)));
                self.report_write(&path, written);
            }
            Purpose::Pack => {
                let cx = self.doc.context(&self.state, &shown);
                let written = crate::export::pack::pack_pdf(&cx)
                    .map_err(|e| e.render(lang))
                    .and_then(|b| write_atomic(&path, &b).map_err(|e| e.render(lang)));
                self.report_write(&path, written);
            }
            Purpose::SheetPdf(code) => {
                let written =
                    crate::export::contact_sheet::contact_sheet_pdf(self.doc.report(), code, lang)
                        .map_err(|e| e.render(lang))
                        .and_then(|pdf| write_atomic(&path, &pdf).map_err(|e| e.render(lang)));
                self.report_write(&path, written);
            }
            Purpose::SeriesCsv => self.write_series(&path),
            Purpose::ChartPng { layout } => self.export_chart(ctx, layout, ChartTarget::File(path)),
            Purpose::MapPng => self.export_map(ctx, ChartTarget::File(path)),
        }
    }

    /// Copies the chart as an image, in the chosen layout.
    /// A render coming back from the GPU: written or copied once it is there.
    fn poll_render(&mut self, ctx: &egui::Context) {
        let Some(render) = &mut self.jobs.rendering else {
            return;
        };
        let Some(result) = render.readback.poll() else {
            ctx.request_repaint();
            return;
        };
        let Some(export::Render {
            target,
            started,
            dpi,
            description,
            ..
        }) = self.jobs.rendering.take()
        else {
            return;
        };
        let lang = self.state.lang;
        match (result, target) {
            (Ok(image), ChartTarget::File(path)) => {
                match export::write_png_in_background(
                    ctx,
                    &path,
                    image,
                    (dpi, description),
                    (started, lang),
                ) {
                    Ok(writing) => self.jobs.writing = Some(writing),
                    Err(e) => self.report_write(&path, Err(e)),
                }
                return;
            }
            (Ok(image), ChartTarget::Clipboard) => {
                ctx.copy_image(image);
                self.say(texts(lang).export.copied_chart.to_owned());
            }
            (Err(e), _) => self.fail(texts(lang).reports.could_not_draw_the_chart, vec![e]),
        }
        self.last_export = Some(started.elapsed());
    }

    /// A picture written on its thread: said once it is there.
    fn poll_writing(&mut self, ctx: &egui::Context) {
        let Some(writing) = &self.jobs.writing else {
            return;
        };
        let written = match writing.done.try_recv() {
            Ok(written) => written,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(10));
                return;
            }
            Err(TryRecvError::Disconnected) => {
                Err(texts(self.state.lang).export.could_not_save.to_owned())
            }
        };
        let Some(writing) = self.jobs.writing.take() else {
            return;
        };
        self.report_write(&writing.path, written);
        self.last_export = Some(writing.started.elapsed());
    }

    pub(super) fn report_write(&mut self, path: &Path, written: Result<(), String>) {
        let lang = self.state.lang;
        match written {
            Ok(()) => self.say(fill(
                texts(lang).export.saved_path,
                &[("path", &path.display())],
            )),
            Err(e) => self.fail(texts(lang).export.could_not_save, vec![e]),
        }
    }

    fn poll_screenshot(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.jobs.screenshot else {
            return;
        };
        let image = match job.image.try_recv() {
            Ok(image) => image,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => {
                self.jobs.screenshot = None;
                return;
            }
        };
        let started = Instant::now();
        let Some(job) = self.jobs.screenshot.take() else {
            return;
        };
        let lang = self.state.lang;
        let Some(chart) = export::crop(&image, job.rect, job.pixels_per_point) else {
            self.fail(texts(lang).window.the_chart_is_off_screen, Vec::new());
            return;
        };
        match job.target {
            ChartTarget::Clipboard => {
                ctx.copy_image(chart);
                self.say(texts(lang).export.copied_chart.to_owned());
            }
            ChartTarget::File(path) => {
                let written = export::write_png(&path, &chart, (None, None), lang);
                self.report_write(&path, written);
            }
        }
        self.last_export = Some(started.elapsed());
    }
}

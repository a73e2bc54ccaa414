//! File dialogs behind a seam: the app asks a [`FileDialogs`] for a path, so tests can answer
//! without a window. The native one (rfd) runs on its own thread, so the UI keeps drawing.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::dashboard::DialogUse;
use crate::dashboard::chart_layout::ChartLayout;

/// What the dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Save the map as PNG.
    MapPng,
    /// Save the chart as PNG, in this layout.
    ChartPng {
        /// Where the picture goes (its size).
        layout: ChartLayout,
    },
    /// Save the table as CSV: the rows shown, or all.
    TableCsv {
        /// All rows (as `export-csv`), not only those shown.
        all_rows: bool,
    },
    /// Save the table, the contacts and the steps as an Excel workbook.
    TableXlsx,
    /// Save the briefing pack as PDF.
    Pack,
    /// Save a prefecture's contact sheet as PDF.
    SheetPdf(crate::prefecture::PrefectureCode),
    /// Save the trend's series as CSV.
    SeriesCsv,
    /// Open a report file.
    OpenReport,
}

/// A request for a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// What for.
    pub purpose: Purpose,
    /// The dialog's title.
    pub title: String,
    /// The file name offered when saving.
    pub default_name: String,
    /// The folder to start in: the last one chosen for opening or for saving, never the app's
    /// own ([`super::folders::start_dir`]).
    pub dir: Option<PathBuf>,
}

impl Purpose {
    /// Whether the dialog opens or saves, for the folder it starts in.
    pub const fn dialog_use(&self) -> DialogUse {
        match self {
            Self::OpenReport => DialogUse::Open,
            Self::ChartPng { .. }
            | Self::MapPng
            | Self::TableCsv { .. }
            | Self::TableXlsx
            | Self::Pack
            | Self::SheetPdf(_)
            | Self::SeriesCsv => DialogUse::Save,
        }
    }
}

impl Request {
    /// The file type filter: a name and the extensions.
    pub fn filter(&self) -> (&'static str, &'static [&'static str]) {
        match self.purpose {
            Purpose::ChartPng { .. } | Purpose::MapPng => ("PNG", &["png"]),
            Purpose::TableCsv { .. } | Purpose::SeriesCsv => ("CSV", &["csv"]),
            Purpose::SheetPdf(_) | Purpose::Pack => ("PDF", &["pdf"]),
            Purpose::TableXlsx => ("Excel", &["xlsx"]),
            Purpose::OpenReport => (
                "RON, CSV, TSV, Excel, ODS",
                &["ron", "csv", "tsv", "txt", "xlsx", "xls", "ods"],
            ),
        }
    }
}

/// Answers requests for paths.
pub trait FileDialogs: Send + Sync {
    /// Asks the user; `None` when cancelled.
    fn ask(&self, request: &Request) -> Option<PathBuf>;

    /// Whether [`FileDialogs::ask`] blocks (a native dialog) and so runs on its own thread.
    fn blocks(&self) -> bool {
        true
    }

    /// Why no dialog can be shown on this machine, if that is known beforehand.
    fn unavailable(&self) -> Option<&'static str> {
        None
    }
}

/// Whether a Linux desktop can show rfd's dialogs: through the XDG portal (a D-Bus session) or
/// through `zenity` on the `PATH`. Without either, rfd answers "cancelled" and says nothing.
pub fn linux_dialogs_available(
    dbus_session: Option<&std::ffi::OsStr>,
    path: Option<&std::ffi::OsStr>,
) -> bool {
    let has_dbus = dbus_session.is_some_and(|s| !s.is_empty());
    let has_zenity =
        path.is_some_and(|p| std::env::split_paths(p).any(|dir| dir.join("zenity").is_file()));
    has_dbus || has_zenity
}

/// The platform's dialogs (rfd: the XDG portal or zenity on Linux, native on Windows/macOS).
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn unavailable(&self) -> Option<&'static str> {
        let available = !cfg!(target_os = "linux")
            || linux_dialogs_available(
                std::env::var_os("DBUS_SESSION_BUS_ADDRESS").as_deref(),
                std::env::var_os("PATH").as_deref(),
            );
        (!available).then_some("no D-Bus session (XDG portal) and no zenity")
    }

    fn ask(&self, request: &Request) -> Option<PathBuf> {
        let (name, extensions) = request.filter();
        let mut dialog = rfd::FileDialog::new()
            .set_title(&request.title)
            .add_filter(name, extensions);
        if let Some(dir) = &request.dir {
            dialog = dialog.set_directory(dir);
        }
        match request.purpose {
            Purpose::OpenReport => dialog.pick_file(),
            _ => dialog.set_file_name(&request.default_name).save_file(),
        }
    }
}

/// A dialog that is open: its answer arrives later.
pub struct Pending {
    /// The request.
    pub request: Request,
    answer: PendingAnswer,
}

enum PendingAnswer {
    Ready(Option<PathBuf>),
    Waiting(Receiver<Option<PathBuf>>),
}

impl Pending {
    /// Asks `dialogs`, on a thread of its own when it blocks.
    pub fn ask(dialogs: &Arc<dyn FileDialogs>, request: Request, ctx: &egui::Context) -> Self {
        if !dialogs.blocks() {
            let answer = dialogs.ask(&request);
            return Self {
                request,
                answer: PendingAnswer::Ready(answer),
            };
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let dialogs = Arc::clone(dialogs);
        let req = request.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                tx.send(dialogs.ask(&req)).ok();
                ctx.request_repaint();
            });
        let answer = match spawned {
            Ok(_) => PendingAnswer::Waiting(rx),
            Err(_) => PendingAnswer::Ready(None),
        };
        Self { request, answer }
    }

    /// The answer if it has come: `Some(None)` when cancelled, `None` while still open.
    pub fn poll(&mut self) -> Option<Option<PathBuf>> {
        match &mut self.answer {
            PendingAnswer::Ready(a) => Some(a.take()),
            PendingAnswer::Waiting(rx) => match rx.try_recv() {
                Ok(a) => Some(a),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => Some(None),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linux_dialogs_need_a_portal_or_zenity() {
        let dir = std::env::temp_dir().join(format!("staffing-zenity-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = std::env::join_paths([dir.clone()]).unwrap();
        assert!(!linux_dialogs_available(None, Some(&path)));
        assert!(!linux_dialogs_available(Some("".as_ref()), None));
        assert!(linux_dialogs_available(
            Some("unix:path=/run/bus".as_ref()),
            None
        ));
        std::fs::write(dir.join("zenity"), b"").unwrap();
        assert!(linux_dialogs_available(None, Some(&path)));
        std::fs::remove_dir_all(&dir).ok();
    }
}

//! Where a file dialog starts: the folder the user last chose for opening (or for saving, kept
//! apart), never one of the app's own folders (the kept reports, its settings), else the
//! Documents folder as the platform keeps it, else the home folder.

use std::path::{Path, PathBuf};

use super::App;
use crate::dashboard::DialogUse;

/// The folder to start in: `remembered` while it is a folder and not inside one of `own`;
/// else `documents`; else `home`.
pub fn start_dir(
    remembered: Option<&Path>,
    own: &[&Path],
    documents: Option<PathBuf>,
    home: Option<PathBuf>,
) -> Option<PathBuf> {
    let inside = |dir: &Path, of: &Path| {
        dir.starts_with(of)
            || matches!(
                (dir.canonicalize(), of.canonicalize()),
                (Ok(d), Ok(o)) if d.starts_with(&o)
            )
    };
    remembered
        .filter(|dir| dir.is_dir() && !own.iter().any(|o| inside(dir, o)))
        .map(Path::to_path_buf)
        .or(documents.filter(|d| d.is_dir()))
        .or(home)
}

impl App {
    /// Where a dialog for `use_` starts ([`start_dir`]).
    pub(super) fn dialog_dir(&self, use_: DialogUse) -> Option<PathBuf> {
        let remembered = match use_ {
            DialogUse::Open => self.state.open_dir.as_deref(),
            DialogUse::Save => self.state.save_dir.as_deref(),
        };
        let data = eframe::storage_dir(super::window::APP_ID);
        let own: Vec<&Path> = self
            .library
            .as_ref()
            .map(crate::library::Library::dir)
            .into_iter()
            .chain(data.as_deref())
            .collect();
        start_dir(remembered, &own, dirs::document_dir(), dirs::home_dir())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_starts_where_the_user_chose_last_never_in_the_apps_own_folders() {
        let base = std::env::temp_dir().join(format!("staffing-folders-{}", std::process::id()));
        let (docs, home, library, chosen) = (
            base.join("Documents"),
            base.join("home"),
            base.join("data").join("reports"),
            base.join("work"),
        );
        for d in [&docs, &home, &library, &chosen] {
            std::fs::create_dir_all(d).unwrap();
        }
        let data = base.join("data");
        let own = [library.as_path(), data.as_path()];
        let start = |remembered: Option<&Path>, docs: Option<PathBuf>| {
            start_dir(remembered, &own, docs, Some(home.clone()))
        };
        assert_eq!(
            start(Some(&chosen), Some(docs.clone())),
            Some(chosen.clone())
        );
        assert_eq!(start(None, Some(docs.clone())), Some(docs.clone()));
        assert_eq!(
            start(Some(&library), Some(docs.clone())),
            Some(docs.clone()),
            "never the library"
        );
        let inside = library.join("..").join("reports");
        assert_eq!(
            start(Some(&inside), Some(docs.clone())),
            Some(docs.clone()),
            "by another name"
        );
        assert_eq!(
            start(Some(&base.join("gone")), Some(docs.clone())),
            Some(docs.clone())
        );
        assert_eq!(
            start(None, None),
            Some(home.clone()),
            "no Documents folder: home"
        );
        assert_eq!(start(None, Some(base.join("no-docs"))), Some(home.clone()));
        std::fs::remove_dir_all(&base).ok();
    }

    #[test]
    fn the_command_line_finds_the_windows_kept_reports_where_the_window_keeps_them() {
        assert_eq!(
            crate::library::default_dir(),
            eframe::storage_dir(super::super::window::APP_ID).map(|d| d.join("reports"))
        );
    }
}

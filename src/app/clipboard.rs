//! The clipboard for what egui's cannot carry: a table as HTML with its plain text beside it
//! (Word pastes a table, Excel cells, a text editor the text). Behind a seam, so tests can read
//! what was put there; the system one is `arboard`, made when first used.

use std::sync::Mutex;

/// Puts a table on the clipboard.
pub trait Clipboard: Send + Sync {
    /// `html` with `text` as its plain-text form; an error when the clipboard cannot be used
    /// (the caller then copies the text alone).
    fn set_html(&self, html: &str, text: &str) -> Result<(), String>;
}

/// The system clipboard.
#[derive(Default)]
pub struct SystemClipboard {
    inner: Mutex<Option<arboard::Clipboard>>,
}

impl Clipboard for SystemClipboard {
    fn set_html(&self, html: &str, text: &str) -> Result<(), String> {
        let mut inner = self.inner.lock().map_err(|e| e.to_string())?;
        if inner.is_none() {
            *inner = Some(arboard::Clipboard::new().map_err(|e| e.to_string())?);
        }
        let clipboard = inner.as_mut().ok_or("no clipboard")?;
        clipboard
            .set_html(html, Some(text))
            .map_err(|e| e.to_string())
    }
}

//! A clipboard for tests that records the table put on it (HTML and text).

use std::sync::Mutex;

use staffing_dashboard::app::clipboard::Clipboard;

/// Records what is put on it.
#[derive(Default)]
pub struct RecordingClipboard {
    /// The last table: HTML and text.
    pub last: Mutex<Option<(String, String)>>,
}

impl Clipboard for RecordingClipboard {
    fn set_html(&self, html: &str, text: &str) -> Result<(), String> {
        *self.last.lock().map_err(|e| e.to_string())? = Some((html.to_owned(), text.to_owned()));
        Ok(())
    }
}

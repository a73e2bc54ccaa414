//! File dialogs that answer with fixed paths, in order, and remember what they were asked.

use std::path::PathBuf;
use std::sync::Mutex;

use staffing_dashboard::app::dialogs::{FileDialogs, Request};

/// Dialogs that answer with fixed paths, in order: for tests and scripted runs.
#[derive(Default)]
pub struct ScriptedDialogs {
    answers: Mutex<Vec<Option<PathBuf>>>,
    /// The requests seen.
    pub seen: Mutex<Vec<Request>>,
}

impl ScriptedDialogs {
    /// Dialogs that give these answers, first to last.
    pub fn new(answers: impl IntoIterator<Item = Option<PathBuf>>) -> Self {
        let mut answers: Vec<_> = answers.into_iter().collect();
        answers.reverse();
        Self {
            answers: Mutex::new(answers),
            seen: Mutex::new(Vec::new()),
        }
    }
}

impl FileDialogs for ScriptedDialogs {
    fn ask(&self, request: &Request) -> Option<PathBuf> {
        if let Ok(mut seen) = self.seen.lock() {
            seen.push(request.clone());
        }
        self.answers.lock().ok().and_then(|mut a| a.pop()).flatten()
    }

    fn blocks(&self) -> bool {
        false
    }
}

//! Comparing the report shown with an earlier one: the user picks it (kept or bundled), it is
//! loaded and checked like any report, and it goes on being compared with while it stands at
//! an earlier date than the report shown (a report opened later carries the comparison on).

use super::App;
use crate::dashboard::Choice;
use crate::dashboard::compare::{CompareWith, Earlier};
use crate::report::{self, LoadError};
use crate::texts::{fill, format_date, texts};

impl App {
    /// Compares with `choice` (none: stops comparing). A report that does not load, or is not
    /// earlier than the one shown, is said and nothing changes.
    pub(super) fn compare_with(&mut self, choice: Option<CompareWith>) {
        let lang = self.state.lang;
        let t = texts(lang);
        let Some(choice) = choice else {
            if self.state.compare_with.is_some() {
                self.compare(None);
                self.say(t.reports.compare_stopped.to_owned());
            }
            return;
        };
        match load(&choice) {
            Ok(earlier) if earlier.is_before(self.doc.report()) => {
                let date = format_date(earlier.compiled(), lang);
                self.compare(Some(earlier));
                self.say(fill(t.reports.compare_started, &[("date", &date)]));
            }
            Ok(earlier) => {
                let date = format_date(earlier.compiled(), lang);
                self.fail(
                    t.reports.compare_not_opened,
                    vec![fill(t.reports.compare_not_earlier, &[("date", &date)])],
                );
            }
            Err(e) => self.fail(t.reports.compare_not_opened, e.render(lang)),
        }
    }

    /// After a new report is shown (`previous`: the earlier report the last one was compared
    /// with): the comparison chosen goes on if its report is earlier than the one shown, else
    /// it ends.
    pub(super) fn keep_comparing(&mut self, previous: Option<Earlier>) {
        let Some(choice) = self.state.compare_with.clone() else {
            return;
        };
        if self.doc.earlier().is_some_and(|e| e.source() == choice) {
            return;
        }
        let earlier = match previous.filter(|e| e.source() == choice) {
            Some(e) => Some(e),
            None => load(&choice).ok(),
        };
        let earlier = earlier.filter(|e| e.is_before(self.doc.report()));
        self.compare(earlier);
    }

    /// The one place where the comparison changes: the choice kept in the state (for the next
    /// start) and the report loaded for it, together.
    pub(super) fn compare(&mut self, earlier: Option<Earlier>) {
        self.state
            .apply(Choice::SetComparison(earlier.as_ref().map(Earlier::source)));
        self.doc.set_earlier(earlier);
    }
}

/// The earlier report, loaded and checked.
fn load(choice: &CompareWith) -> Result<Earlier, LoadError> {
    match choice {
        CompareWith::Bundled => report::bundled().map(|l| Earlier::new(l.report, None)),
        CompareWith::File(path) => {
            report::load_path(path).map(|l| Earlier::new(l.report, Some(path.clone())))
        }
    }
}

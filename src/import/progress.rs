//! How far an import has come, and the user's wish to stop it: shared between the thread that
//! imports and the window that shows a progress bar and a cancel button. Atomics only: the
//! reader checks it every few thousand rows or cells, so a cancel takes effect within
//! milliseconds and costs nothing measurable.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::import::error::Problem;

/// An import's progress and its cancel flag.
#[derive(Debug, Default)]
pub struct Progress {
    /// The units (bytes of a text file) read so far.
    done: AtomicU64,
    /// The units there are; 0 when not known (a spreadsheet's cells).
    total: AtomicU64,
    /// The rows or cells read so far, to say when the total is not known.
    items: AtomicU64,
    cancelled: AtomicBool,
}

/// How often (in rows or cells) a reader reports and checks for a cancel.
pub const EVERY: u64 = 4096;

impl Progress {
    /// Sets the total, in the units [`Progress::reached`] counts.
    pub fn set_total(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
    }

    /// `done` units read and `items` rows or cells; an error when the user has cancelled.
    pub fn reached(&self, done: u64, items: u64) -> Result<(), Problem> {
        self.done.store(done, Ordering::Relaxed);
        self.items.store(items, Ordering::Relaxed);
        if self.is_cancelled() {
            return Err(Problem::Cancelled);
        }
        Ok(())
    }

    /// The share read (0 to 1), when the total is known.
    pub fn fraction(&self) -> Option<f32> {
        let total = self.total.load(Ordering::Relaxed);
        (total > 0).then(|| {
            #[expect(clippy::cast_precision_loss, reason = "a share for a progress bar")]
            let share = self.done.load(Ordering::Relaxed) as f32 / total as f32;
            share.clamp(0.0, 1.0)
        })
    }

    /// The rows or cells read so far.
    pub fn items(&self) -> u64 {
        self.items.load(Ordering::Relaxed)
    }

    /// Asks the import to stop at its next check.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether the user has cancelled.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_when_the_total_is_known_and_a_cancel_stops_the_next_check() {
        let p = Progress::default();
        assert_eq!(p.fraction(), None);
        assert_eq!(p.reached(10, 3), Ok(()));
        assert_eq!(p.items(), 3);
        p.set_total(40);
        assert_eq!(p.fraction(), Some(0.25));
        assert_eq!(p.reached(80, 9), Ok(()));
        assert_eq!(p.fraction(), Some(1.0), "never past the end");
        p.cancel();
        assert!(p.is_cancelled());
        assert_eq!(p.reached(81, 10), Err(Problem::Cancelled));
    }
}

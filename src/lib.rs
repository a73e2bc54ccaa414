//! The vaccination staffing dashboard: the per-prefecture nurse-centre figures of the MHLW
//! notice of 2021-05-26 (attachment 別紙3), the contacts of 別紙1/2 and the escalation steps.
//!
//! [`report`] is the data model, loading and validation, free of any GUI; [`cli`] is the
//! command line. With the `gui` feature (on by default), `app` and `ui` are the window.

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
#[cfg(feature = "gui")]
pub mod floor;
pub mod fsutil;
pub mod lang;
pub mod prefecture;
pub mod report;
#[cfg(feature = "gui")]
pub mod ui;

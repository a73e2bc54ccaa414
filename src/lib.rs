//! The vaccination staffing dashboard: the per-prefecture nurse-centre figures of the MHLW
//! notice of 2021-05-26 (attachment 別紙3), the contacts of 別紙1/2 and the escalation steps.
//!
//! [`report`] is the data model, loading and validation; [`import`] makes a report of a newer
//! table; [`dashboard`] is what the user chose and what is derived from it; [`export`] is what
//! leaves the window (pictures, the contact sheet as PDF, the table for the clipboard);
//! [`texts`] holds every word shown, by topic and language; [`cli`] is the command line. None
//! of them knows egui. With the `gui` feature (on by default), `app` (the window, the document,
//! jobs in flight) and `ui` (panels that only draw) are the window. The rooms and their order:
//! `ARCHITECTURE.md`.

#[cfg(feature = "gui")]
pub mod app;
pub mod assets;
pub mod census;
pub mod cli;
pub mod dashboard;
pub mod derived;
pub mod export;
pub mod fsutil;
pub mod import;
pub mod lang;
pub mod library;
pub mod prefecture;
pub mod report;
pub mod saved_settings;
pub mod texts;
#[cfg(feature = "gui")]
pub mod ui;

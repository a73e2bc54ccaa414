//! The window, driven as a user would through `egui_kittest`, in one test binary: a module per
//! area ([`window`]: the table, the filter, the chart, the side panel, keyboard, layout,
//! rendered snapshots; [`importing`]: tables imported, the kept reports, comparisons;
//! [`views`]: the map, per 100,000 people, a screen reader, statements dated; [`export`]:
//! pictures, CSV, the clipboard, the contact sheet, reports opened and writes that fail), one
//! [`harness`]. The
//! monkey test stays a binary of its own: it counts the process's heap, which other tests
//! running beside it would change.

#![cfg(feature = "gui")]
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "the harness and the shared helpers fail loudly"
)]

#[path = "common/census.rs"]
mod census_copy;
#[path = "common/clipboard.rs"]
mod clipboard;
#[path = "common/dropped.rs"]
mod dropped;
#[path = "common/rows.rs"]
mod rows;
#[path = "common/scripted.rs"]
mod scripted;
#[path = "common/storage.rs"]
mod storage;

#[path = "gui/desk.rs"]
mod desk;
#[path = "gui/export.rs"]
mod export;
#[path = "gui/harness.rs"]
mod harness;
#[path = "gui/importing.rs"]
mod importing;
#[path = "gui/trend.rs"]
mod trend;
#[path = "gui/views.rs"]
mod views;
#[path = "gui/window.rs"]
mod window;

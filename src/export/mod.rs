//! Everything that turns the dashboard into something that leaves the window, in one room: the
//! table as CSV, TSV and HTML for the clipboard ([`table`]), the contact sheet as PDF
//! ([`contact_sheet`]), the plan of a chart picture for a page or a slide ([`figure`]), and, with
//! the window's feature, its drawing ([`page`]), the offscreen renderer on the window's GPU
//! device or a headless one ([`offscreen`], [`headless`]) and the PNG written or copied
//! ([`png`]). The window (`app`) and the command line (`cli`) both call it. It draws with the
//! screen's own drawing functions (`ui`), so that a picture equals what is shown: it stands
//! above `ui`, which imports nothing from it.

pub mod contact_sheet;
pub mod figure;
#[cfg(feature = "gui")]
pub mod headless;
pub mod line_break;
#[cfg(feature = "gui")]
pub mod offscreen;
#[cfg(feature = "gui")]
pub mod pack;
#[cfg(feature = "gui")]
pub mod page;
#[cfg(feature = "gui")]
pub mod png;
pub mod table;
#[cfg(feature = "gui")]
pub mod trend_page;
pub mod workbook;

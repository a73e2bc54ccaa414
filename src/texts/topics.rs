//! The texts by topic, one module each: its keys, and its texts in Japanese and English.

pub mod a11y;
pub mod chart;
pub mod cli;
pub mod csv;
pub mod errors;
pub mod export;
pub mod filter;
pub mod import;
pub mod map;
pub mod pack;
pub mod reports;
pub mod sheet;
pub mod side;
pub mod sources;
pub mod table;
pub mod trend;
pub mod window;
pub mod workbook;

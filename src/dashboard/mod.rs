//! The dashboard's core, without egui: what the user chose ([`State`]), what they can ask for
//! ([`Command`]) and how a command changes the state, the rows shown and their order, what the
//! chart draws, and numbers and dates as the reader reads them. The window (`app`, `ui`) draws
//! this; tests and later features drive it through the same commands.

pub mod actions;
pub mod bar_text;
pub mod chart_data;
pub mod chart_layout;
pub mod columns;
mod command;
pub mod compare;
pub mod context;
pub mod format;
pub mod headline;
pub mod import_form;
pub mod map;
pub mod provenance;
pub mod rank;
pub mod routes;
pub mod rows;
mod search;
pub mod source;
mod state;
pub mod summary;
pub mod table_text;
pub mod trend;

pub use command::{Action, Choice, Command};
pub use context::ViewContext;
pub use state::{ChartOrder, DialogUse, STATE_VERSION, State, ThemeChoice, View};

//! What is compiled into the binary, and why, in one place: the app works offline and starts
//! with nothing beside it.
//!
//! - [`BUNDLED_RON`]: the report of the notice of 2021-05-26, 別紙3 as compiled on 2021-05-19
//!   (`assets/reports/`), shown when no other is given: the figures, contacts and steps every
//!   later table is read against.
//! - [`BIZ_UDP_GOTHIC`]: the font (`assets/fonts/`, SIL OFL 1.1, licence in `OFL.txt`), a
//!   universal-design Japanese face: the window draws with it and every PDF embeds it, so that
//!   Japanese reads the same on every laptop, whatever fonts it has.
//! - [`ICON_PNG`]: the window's icon (`assets/icon-256.png`, drawn for this app by
//!   `examples/icon.rs`), with the window only.

/// The report bundled in the binary: 別紙3 as compiled on 2021-05-19.
pub const BUNDLED_RON: &str = include_str!("../assets/reports/2021-05-19.ron");

/// The bundled `BIZ UDPGothic` (SIL OFL 1.1, licence in `assets/fonts/OFL.txt`): the window's
/// font, and the contact sheet's only font, embedded in every sheet as a subset.
pub static BIZ_UDP_GOTHIC: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Regular.ttf");

/// The bundled window icon (drawn for this app by `examples/icon.rs`), 256x256 PNG.
#[cfg(feature = "gui")]
pub const ICON_PNG: &[u8] = include_bytes!("../assets/icon-256.png");

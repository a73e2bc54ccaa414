//! The report library without a window: the bundled report against the source, validation
//! errors and warnings with their places, a property test that no input panics the loader, and
//! newer tables imported from every format a clerk has.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "test helpers fail loudly"
)]

#[path = "common/census.rs"]
mod census_copy;

mod report {
    mod bundled;
    mod calc;
    mod census;
    mod fuzz;
    mod hostile;
    mod import;
    mod mutations;
    mod quotes;
    mod validation;
}

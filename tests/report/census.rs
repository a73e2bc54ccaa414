//! The bundled 2020 census populations against a second transcription (`tests/common/census.rs`),
//! so that a slip in either shows.

use staffing_dashboard::census::{NATIONAL, population};
use staffing_dashboard::prefecture;

use crate::census_copy::{SECOND_COPY, per_100k, population as of_name, shown, tenths};

#[test]
fn the_populations_match_a_second_transcription_and_sum_to_the_national_total() {
    for (name, expected) in SECOND_COPY {
        let p = prefecture::by_name(name).unwrap();
        assert_eq!(population(p.code), Some(expected), "{name}");
    }
    let sum: u64 = SECOND_COPY.iter().map(|(_, p)| u64::from(*p)).sum();
    assert_eq!(sum, 126_146_099);
    assert_eq!(NATIONAL, 126_146_099);
    let mut names: Vec<&str> = SECOND_COPY.iter().map(|(n, _)| *n).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 47, "every prefecture once");
}

#[test]
fn the_tests_own_per_100000_rounds_once_half_up() {
    // 福井県 74 / 766,863 × 100,000 = 9.6497…; 三重県 185 / 1,770,254 × 100,000 = 10.4505….
    assert_eq!(per_100k(74, "福井県"), "9.6");
    assert_eq!(per_100k(185, "三重県"), "10.5");
    assert_eq!(shown(tenths(1, 2_000_000)), "0.1", "0.05 rounds up");
    assert_eq!(of_name("東京都"), 14_047_594);
}

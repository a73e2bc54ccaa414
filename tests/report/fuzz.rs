//! Thousands of random and mutated inputs: the loader answers every one without a panic.

use proptest::prelude::*;
use staffing_dashboard::assets::BUNDLED_RON;
use staffing_dashboard::report::{self};

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = report::load_bytes(&bytes);
    }

    #[test]
    fn random_ron_like_text_never_panics(text in "[\\[\\](){}:,\"a-z0-9 \\n/*#r-]{0,400}") {
        let _ = report::load_str(&text);
    }

    #[test]
    fn mutated_bundled_report_never_panics(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0..4_u8, any::<u8>()), 1..6)
    ) {
        let mut bytes = BUNDLED_RON.as_bytes().to_vec();
        for (at, kind, b) in edits {
            if bytes.is_empty() { break; }
            let i = at.index(bytes.len());
            match kind {
                0 => { bytes.remove(i); }
                1 => bytes.insert(i, b),
                2 => bytes[i] = b,
                _ => { let end = (i + usize::from(b)).min(bytes.len()); bytes.drain(i..end); }
            }
        }
        // Either refused with at least one finding, or loaded.
        if let Err(findings) = report::load_bytes(&bytes) {
            prop_assert!(!findings.is_empty());
        }
    }
}

/// Replays the fuzzer's corpus (`fuzz/corpus/load`, seeded with the bundled report and crafted
/// bad files) and any crash it ever found (`fuzz/artifacts/load`, kept as regressions).
#[test]
fn the_fuzz_corpus_replays_without_a_panic() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    for sub in ["corpus/load", "artifacts/load"] {
        let Ok(entries) = std::fs::read_dir(root.join(sub)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            if let Err(findings) = report::load_bytes(&bytes) {
                assert!(!findings.is_empty(), "{}", path.display());
            }
            replayed += 1;
        }
    }
    assert!(
        replayed >= 9,
        "the corpus is in fuzz/corpus/load ({replayed} files)"
    );
}

/// Replays the import target's corpus (`fuzz/corpus/import`: the first byte says the kind, as
/// the target reads it; seeded with the made-up table as 別紙3 prints it in CSV, tab-separated
/// text and .xlsx, and as `export-csv` writes it) and its crashes (`fuzz/artifacts/import`).
#[test]
fn the_import_fuzz_corpus_replays_without_a_panic() {
    use staffing_dashboard::import::{self, Dates};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let base = report::bundled_notice().unwrap();
    let dates = Dates {
        compiled: "2021-06-02".to_owned(),
        period_end: "2021-05-30".to_owned(),
        latest: "2026-12-06".to_owned(),
    };
    let (mut replayed, mut imported) = (0, 0);
    for sub in ["corpus/import", "artifacts/import"] {
        let Ok(entries) = std::fs::read_dir(root.join(sub)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            // A fuzzer running beside the tests replaces its corpus as it goes.
            let Ok(data) = std::fs::read(&path) else {
                continue;
            };
            let Some((kind, bytes)) = data.split_first() else {
                continue;
            };
            let name = ["table.csv", "table.txt", "table.xlsx", "table.ods"][usize::from(kind % 4)];
            match import::import(
                name,
                bytes,
                &dates,
                base,
                staffing_dashboard::lang::Lang::Ja,
            ) {
                Ok(_) => imported += 1,
                Err(failed) => assert!(!failed.lines.is_empty(), "{}", path.display()),
            }
            replayed += 1;
        }
    }
    assert!(
        replayed >= 4,
        "the corpus is in fuzz/corpus/import ({replayed} files)"
    );
    assert!(imported >= 4, "the seeds import ({imported} of {replayed})");
}

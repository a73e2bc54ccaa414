//! Coverage-guided fuzzing of parse + validate: any bytes, never a panic, a hang or a stack
//! overflow. Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run load -- -runs=1000000` (see README).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(findings) = staffing_dashboard::report::load_bytes(data) {
        assert!(!findings.is_empty(), "a refusal always says why");
    }
});

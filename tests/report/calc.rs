//! The copied table read by LibreOffice Calc, as an official pastes it: codes and phones stay
//! text (01, not 1), figures are numbers. Needs `soffice` (Debian: libreoffice-calc-nogui);
//! without it the test says so and passes, unless `STAFFING_REQUIRE_SOFFICE` is set (CI sets
//! it and installs LibreOffice).

use std::path::PathBuf;
use std::process::Command;

use staffing_dashboard::dashboard::{State, ViewContext};
use staffing_dashboard::prefecture::Region;

/// The `soffice` on the PATH, if any.
fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("soffice"))
        .find(|p| p.is_file())
}

#[test]
fn the_copied_table_keeps_codes_and_phones_as_text_in_libreoffice_calc() {
    let Some(soffice) = soffice() else {
        assert!(
            std::env::var_os("STAFFING_REQUIRE_SOFFICE").is_none(),
            "LibreOffice (soffice) is required here and not found"
        );
        #[expect(clippy::print_stderr, reason = "a test that cannot run says so")]
        {
            eprintln!("soffice not found: the copied table is not read back by LibreOffice Calc");
        }
        return;
    };
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let mut state = State::default();
    state.filter.region = Some(Region::Tohoku);
    let shown: Vec<usize> = (1..7).collect();
    let cx = ViewContext {
        state: &state,
        report: &report,
        earlier: None,
        shown: &shown,
    };
    let html = staffing_dashboard::export::table::shown_html(&cx);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("calc");
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("copied.html"), html).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    let out = Command::new(soffice)
        .current_dir(&dir)
        .args([
            profile.as_str(),
            "--headless",
            "--infilter=HTML (StarCalc)",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "copied.html",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = std::fs::read_to_string(dir.join("copied.csv")).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    // The header, then 青森県 to 福島県, each code with its 0 and its phone as text.
    assert_eq!(rows[1][0], "02", "{csv}");
    assert_eq!(rows[1][1], "青森県", "{csv}");
    assert_eq!(rows[1][2], "59", "figures are numbers: {csv}");
    assert_eq!(rows[1][9], "017-723-4580", "{csv}");
    assert_eq!(rows[6][0], "07", "{csv}");
}

//! Every error and warning, produced by a file crafted here, with its line and column checked.

use staffing_dashboard::assets::BUNDLED_RON;
use staffing_dashboard::lang::Lang;
use staffing_dashboard::report::{self, Finding, MAX_FILE_BYTES, Metric, Pos, Problem, Severity};

/// The bundled text with `from` (which must occur exactly once) replaced by `to`.
fn mutate(from: &str, to: &str) -> String {
    assert_eq!(
        BUNDLED_RON.matches(from).count(),
        1,
        "{from:?} must be unique"
    );
    BUNDLED_RON.replacen(from, to, 1)
}

/// Line and column (1-based, in characters) of the first `needle` in `text`.
fn pos_of(text: &str, needle: &str) -> Pos {
    let at = text.find(needle).expect("needle present");
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    Pos { line, col }
}

fn errors(text: &str) -> Vec<Finding> {
    match report::load_str(text) {
        Ok(l) => panic!("expected errors, loaded with warnings {:?}", l.warnings),
        Err(e) => e,
    }
}

fn only_error(text: &str) -> Finding {
    let mut e = errors(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    e.remove(0)
}

fn warnings(text: &str) -> Vec<Finding> {
    report::load_str(text).expect("loads").warnings
}

#[test]
fn not_utf8_names_the_place() {
    let mut bytes = BUNDLED_RON.as_bytes().to_vec();
    let at = BUNDLED_RON.find("\"011-863-6794\"").unwrap() + 1;
    bytes[at] = 0xFF;
    let e = report::load_bytes(&bytes).unwrap_err();
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].problem, Problem::NotUtf8);
    let mut p = pos_of(BUNDLED_RON, "\"011-863-6794\"");
    p.col += 1;
    assert_eq!(e[0].pos, Some(p));
}

#[test]
fn a_bom_is_accepted() {
    let with_bom = format!("\u{feff}{BUNDLED_RON}");
    let loaded = report::load_bytes(with_bom.as_bytes()).expect("a BOM is accepted");
    assert!(loaded.warnings.is_empty());
}

#[test]
fn ron_syntax_error() {
    let text = mutate("openings: 534,", "openings: 534,,");
    let e = only_error(&text);
    assert!(matches!(e.problem, Problem::Syntax(_)), "{e:?}");
    let p = e.pos.unwrap();
    assert_eq!(p.line, pos_of(&text, "openings: 534,,").line);
}

/// Wrong type, negative, fractional and overflowing figures: refused with the prefecture, the
/// field and the place of the figure.
#[test]
fn bad_figures_name_prefecture_and_field() {
    for (bad, kind) in [
        ("\"830\"", Problem::ExpectedNumber),
        ("-830", Problem::NegativeFigure),
        ("830.5", Problem::Fraction),
        (
            "4294967296",
            Problem::Syntax("Integer is out of bounds".to_owned()),
        ),
        ("8_3_0x", Problem::Syntax(String::new())),
    ] {
        let text = mutate("job_seekers: 830,", &format!("job_seekers: {bad},"));
        let e = only_error(&text);
        // The common slips in the user's words; the rest in RON's.
        match (&e.problem, &kind) {
            (Problem::Syntax(_), Problem::Syntax(_)) => {}
            (found, wanted) => assert_eq!(found, wanted, "{bad}"),
        }
        assert_eq!(e.prefecture.as_deref(), Some("東京都"), "{bad}: {e:?}");
        assert_eq!(
            e.field.as_deref(),
            Some("figures.job_seekers"),
            "{bad}: {e:?}"
        );
        let at = pos_of(&text, &format!("job_seekers: {bad}"));
        let p = e.pos.unwrap();
        assert_eq!(p.line, at.line, "{bad}");
        assert!(
            p.col >= at.col && p.col <= at.col + 13 + bad.len(),
            "{bad}: {p:?} vs {at:?}"
        );
    }
}

/// A thousands separator and a file cut short, as a clerk editing by hand makes them: said in
/// the user's words, at their place.
#[test]
fn separators_and_unclosed_brackets_in_the_users_words() {
    let text = mutate("job_seekers: 830,", "job_seekers: 1,830,");
    let e = only_error(&text);
    assert_eq!(e.problem, Problem::ThousandsSeparator);
    assert_eq!(
        e.pos.unwrap().line,
        pos_of(&text, "job_seekers: 1,830").line
    );
    assert!(
        e.message(Lang::Ja).contains("1830"),
        "{}",
        e.message(Lang::Ja)
    );
    let cut = &BUNDLED_RON[..BUNDLED_RON.len() - 20];
    let e = only_error(cut);
    assert_eq!(e.problem, Problem::UnexpectedEnd);
    assert!(e.message(Lang::Ja).contains("閉じ括弧"));
}

#[test]
fn missing_and_unknown_fields() {
    let text = mutate(
        "name: \"東京都\", phone: \"03-5309-2065\",",
        "name: \"東京都\",",
    );
    let e = only_error(&text);
    assert!(e.problem.message(Lang::En).contains("phone"), "{e:?}");
    assert_eq!(e.prefecture.as_deref(), Some("東京都"));
    assert_eq!(
        e.pos.unwrap().line,
        pos_of(&text, "name: \"東京都\"").line + 1
    );

    let text = mutate(
        "vaccination_trained: 931)",
        "vaccination_trained: 931, trained: 1)",
    );
    let e = only_error(&text);
    assert!(e.problem.message(Lang::En).contains("trained"), "{e:?}");
    assert_eq!(e.prefecture.as_deref(), Some("東京都"));
    assert_eq!(e.pos.unwrap().line, pos_of(&text, "trained: 1)").line);
}

#[test]
fn unknown_prefecture() {
    let text = mutate("name: \"東京都\"", "name: \"東亰都\"");
    let e = errors(&text);
    assert_eq!(e[0].problem, Problem::UnknownPrefecture("東亰都".into()));
    assert_eq!(e[0].pos, Some(pos_of(&text, "\"東亰都\"")));
    assert_eq!(e[0].field.as_deref(), Some("name"));
    // and 東京都 is then missing, reported at the end of the rows
    assert!(e.iter().any(|f| f.problem
        == Problem::MissingPrefecture {
            code: 13,
            name: "東京都".into()
        }));
}

#[test]
fn empty_name_is_unknown() {
    let text = mutate("name: \"東京都\"", "name: \"\"");
    let e = errors(&text);
    assert_eq!(e[0].problem, Problem::UnknownPrefecture(String::new()));
}

#[test]
fn duplicated_prefecture_and_code_mismatch() {
    let text = mutate("(code: 27, name: \"大阪府\"", "(code: 27, name: \"東京都\"");
    let e = errors(&text);
    let kinds: Vec<&Problem> = e.iter().map(|f| &f.problem).collect();
    assert_eq!(
        kinds[0],
        &Problem::CodeMismatch {
            code: 27,
            name: "東京都".into(),
            expected: "大阪府".into()
        }
    );
    assert_eq!(e[0].pos, Some(pos_of(&text, "27, name: \"東京都\"")));
    let first_tokyo = pos_of(&text, "(code: 13,");
    assert_eq!(
        kinds[1],
        &Problem::DuplicatePrefecture {
            name: "東京都".into(),
            first: Some(first_tokyo)
        }
    );
    assert_eq!(e[1].pos, Some(pos_of(&text, "\"東京都\", phone: \"06")));
    assert_eq!(
        kinds[2],
        &Problem::MissingPrefecture {
            code: 27,
            name: "大阪府".into()
        }
    );
    assert_eq!(e.len(), 3);
}

#[test]
fn missing_prefecture_when_its_row_is_deleted() {
    let start = BUNDLED_RON.find("        (code: 36,").unwrap();
    let end = BUNDLED_RON.find("        (code: 37,").unwrap();
    let text = format!("{}{}", &BUNDLED_RON[..start], &BUNDLED_RON[end..]);
    let e = only_error(&text);
    assert_eq!(
        e.problem,
        Problem::MissingPrefecture {
            code: 36,
            name: "徳島県".into()
        }
    );
    assert_eq!(
        e.pos.map(|p| p.line),
        Some(pos_of(&text, "    ],\n    contacts").line)
    );
    // The message names the prefecture missing, as every row's does.
    assert_eq!(e.prefecture.as_deref(), Some("徳島県"));
}

#[test]
fn code_that_is_not_its_prefectures() {
    let text = mutate("(code: 13, name", "(code: 14, name");
    let e = only_error(&text);
    assert_eq!(
        e.problem,
        Problem::CodeMismatch {
            code: 14,
            name: "東京都".into(),
            expected: "神奈川県".into()
        }
    );
    assert_eq!(e.pos, Some(pos_of(&text, "14, name: \"東京都\"")));
    let text = mutate("(code: 13, name", "(code: 48, name");
    assert_eq!(only_error(&text).problem, Problem::UnknownCode(48));
}

#[test]
fn malformed_phone() {
    for bad in [
        "03-5309",
        "03 5309 2065",
        "",
        "tel:03-5309-2065",
        "03-5309-2065-1",
    ] {
        let text = mutate("\"03-5309-2065\"", &format!("\"{bad}\""));
        let e = only_error(&text);
        assert_eq!(e.problem, Problem::BadPhone(bad.into()));
        assert_eq!(e.prefecture.as_deref(), Some("東京都"));
        assert_eq!(e.field.as_deref(), Some("phone"));
        assert_eq!(e.pos, Some(pos_of(&text, &format!("\"{bad}\""))));
        assert_eq!(
            e.render("x.ron", Lang::En),
            format!(
                "x.ron:{}: malformed phone number \"{bad}\" (expected e.g. 03-5309-2065) [prefecture 東京都, field phone]",
                e.pos.unwrap()
            )
        );
    }
}

#[test]
fn malformed_contact_fields_and_dates() {
    let cases = [
        ("\"0570-783-872\"", "\"0570783872\"", "contacts[0].phone"),
        (
            "\"vaccinemd@ri-e.org\"",
            "\"vaccinemd\"",
            "contacts[2].email",
        ),
        (
            "\"113-0021\"",
            "\"1130021\"",
            "contacts[3].postal_address.postcode",
        ),
        (
            "from: \"09:30\"",
            "from: \"9時半\"",
            "contacts[2].hours.from",
        ),
        (
            "date: \"2021-05-19\"",
            "date: \"2021-02-30\"",
            "meta.compiled.date",
        ),
        (
            "Contact(\"ri_e\")",
            "Contact(\"rie\")",
            "escalation[2].contacts[1]",
        ),
    ];
    for (from, to, field) in cases {
        let text = mutate(from, to);
        let e = only_error(&text);
        assert_eq!(e.field.as_deref(), Some(field), "{to}: {e:?}");
        // The place is the value's (for a reference, the whole `Contact(..)`).
        let value = to.rsplit_once(' ').map_or(to, |(_, v)| v);
        let at = pos_of(&text, to);
        let at_value = Pos {
            line: at.line,
            col: at.col + to.chars().count() - value.chars().count(),
        };
        assert_eq!(e.pos, Some(at_value), "{to}");
    }
    let text = BUNDLED_RON.replace(
        "url: \"https://bit.ly/34b4awz\"",
        "url: \"http://bit.ly/34b4awz\"",
    );
    let e = errors(&text);
    assert_eq!(e.len(), 2);
    assert!(e.iter().all(|f| matches!(f.problem, Problem::BadUrl(_))));
}

#[test]
fn total_that_differs_from_the_sum_is_a_warning_naming_column_values_and_difference() {
    let text = mutate("openings: 8322,", "openings: 8330,");
    let w = warnings(&text);
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].severity, Severity::Warning);
    assert_eq!(
        w[0].problem,
        Problem::TotalMismatch {
            metric: Metric::Openings,
            reported: 8330,
            summed: 8322
        }
    );
    assert_eq!(w[0].pos, Some(pos_of(&text, "8330")));
    assert_eq!(w[0].prefecture.as_deref(), Some("計"));
    let msg = w[0].message(Lang::En);
    assert!(
        msg.contains("8330") && msg.contains("8322") && msg.contains("+8"),
        "{msg}"
    );
}

#[test]
fn of_which_above_its_parent_is_a_warning_naming_prefecture_and_field() {
    // 徳島県: 155 openings of which 92 for vaccination; make it 156 (and the total follow).
    let text = mutate(
        "openings: 155, vaccination_openings: 92,",
        "openings: 155, vaccination_openings: 156,",
    )
    .replace("vaccination_openings: 1241,", "vaccination_openings: 1305,");
    let w = warnings(&text);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert_eq!(
        w[0].problem,
        Problem::PartExceedsWhole {
            part: Metric::VaccinationOpenings,
            part_value: 156,
            whole: Metric::Openings,
            whole_value: 155
        }
    );
    assert_eq!(w[0].prefecture.as_deref(), Some("徳島県"));
    assert_eq!(w[0].field.as_deref(), Some("figures.vaccination_openings"));
    assert_eq!(w[0].pos, Some(pos_of(&text, "156,")));
    // All of the openings for vaccination (155 of 155) is no warning.
    let text = mutate(
        "openings: 155, vaccination_openings: 92,",
        "openings: 155, vaccination_openings: 155,",
    )
    .replace("vaccination_openings: 1241,", "vaccination_openings: 1304,");
    assert_eq!(warnings(&text), Vec::new());
}

#[test]
fn sums_that_overflow_are_refused() {
    let text = mutate("job_seekers: 830,", "job_seekers: 4294967295,");
    let e = only_error(&text);
    assert_eq!(e.problem, Problem::SumOverflow(Metric::JobSeekers));
}

#[test]
fn a_file_caught_half_written_is_refused_at_its_end() {
    let cut = BUNDLED_RON.len() / 2;
    let cut = (cut..BUNDLED_RON.len())
        .find(|&i| BUNDLED_RON.is_char_boundary(i))
        .unwrap();
    let half = &BUNDLED_RON[..cut];
    let e = only_error(half);
    assert!(matches!(e.problem, Problem::Syntax(_)), "{e:?}");
    let end_line = half.matches('\n').count() + 1;
    assert_eq!(e.pos.map(|p| p.line), Some(end_line));
    // And cut inside a multi-byte character, as a reader racing a writer may see it.
    let bytes = &BUNDLED_RON.as_bytes()[..=BUNDLED_RON.find("北海道").unwrap()];
    assert_eq!(
        report::load_bytes(bytes).unwrap_err()[0].problem,
        Problem::NotUtf8
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = "[".repeat(100_000);
    let e = errors(&deep);
    assert_eq!(
        e[0].problem,
        Problem::NotAReport,
        "it begins with no Report("
    );
    let deep = format!("Report(meta: {}", "(".repeat(100_000));
    let e = errors(&deep);
    assert!(
        matches!(e[0].problem, Problem::Syntax(_)),
        "{:?}",
        e[0].problem
    );
}

#[test]
fn files_missing_directories_and_oversized() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("validation-files");
    std::fs::create_dir_all(&dir).unwrap();
    let e = report::load_path(&dir.join("no-such.ron")).unwrap_err();
    assert_eq!(e.findings[0].problem, Problem::NotFound);
    let e = report::load_path(&dir).unwrap_err();
    assert_eq!(e.findings[0].problem, Problem::IsDirectory);
    let big = dir.join("big.ron");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap();
    let e = report::load_path(&big).unwrap_err();
    assert!(
        matches!(e.findings[0].problem, Problem::TooLarge { size, .. } if size == MAX_FILE_BYTES + 1)
    );
    f.set_len(2 * MAX_FILE_BYTES).unwrap();
    let e = report::load_path(&big).unwrap_err();
    assert_eq!(
        e.findings[0].problem,
        Problem::TooLarge {
            size: 2 * MAX_FILE_BYTES,
            limit: MAX_FILE_BYTES
        }
    );
    // Exactly the limit is read: refused for what it holds (a report padded with spaces loads).
    let padded = format!(
        "{BUNDLED_RON}{}",
        " ".repeat(usize::try_from(MAX_FILE_BYTES).unwrap() - BUNDLED_RON.len())
    );
    assert_eq!(padded.len() as u64, MAX_FILE_BYTES);
    std::fs::write(&big, &padded).unwrap();
    assert!(report::load_path(&big).is_ok());
    let ok = dir.join("ok.ron");
    std::fs::write(&ok, BUNDLED_RON).unwrap();
    assert!(report::load_path(&ok).is_ok());
}

/// The names Windows keeps for devices (`CON` waits for the keyboard, `NUL` never ends) are
/// refused by name on every system, whether or not such a file is there.
#[test]
fn a_name_windows_keeps_for_a_device_is_refused_unopened() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("validation-device-names");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("con.ron"), staffing_dashboard::assets::BUNDLED_RON).unwrap();
    for name in ["con.ron", "NUL", "COM1.csv"] {
        let e = report::load_path(&dir.join(name)).unwrap_err();
        assert_eq!(e.findings[0].problem, Problem::NotAFile, "{name}");
    }
    assert!(
        report::load_path(&dir.join("console.ron"))
            .is_err_and(|e| e.findings[0].problem != Problem::NotAFile)
    );
}

/// A named pipe would block a reader forever: refused without being opened. `mkfifo` is in
/// coreutils on every Unix this runs on; a machine without it fails here, not silently.
#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_unopened() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("validation-fifo");
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("pipe.ron");
    std::fs::remove_file(&fifo).ok();
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(
        made.as_ref().is_ok_and(std::process::ExitStatus::success),
        "mkfifo could not make the pipe: {made:?}"
    );
    let e = report::load_path(&fifo).unwrap_err();
    assert_eq!(e.findings[0].problem, Problem::NotAFile);
}

/// A regular file whose read fails: procfs's `mem` of this process reads nothing at offset 0
/// (an unmapped address), so the read is an I/O error with its message.
#[cfg(target_os = "linux")]
#[test]
fn a_file_whose_read_fails_is_an_io_error() {
    let e = report::load_path(std::path::Path::new("/proc/self/mem")).unwrap_err();
    assert!(matches!(e.findings[0].problem, Problem::Io(_)), "{e:?}");
}

#[test]
fn a_text_without_its_origin_mark_is_refused_where_it_stands() {
    // Every text says whose words it is: Quote(…), Ours(…) or NameOurEnglish(…).
    let text = mutate("short_title: Ours(", "short_title: (");
    let e = only_error(&text);
    assert!(matches!(e.problem, Problem::Syntax(_)), "{e:?}");
    assert_eq!(
        e.pos.map(|p| p.line),
        Some(pos_of(&text, "short_title: (").line)
    );
    // And an empty short title is named as such.
    let text = mutate(
        "ja: \"潜在看護職の復職支援状況 累計（都道府県ナースセンター）\"",
        "ja: \"\"",
    );
    let e = only_error(&text);
    assert_eq!(e.problem, Problem::Empty);
    assert_eq!(e.field.as_deref(), Some("meta.short_title.ja"));
}

#[test]
fn a_national_figure_that_names_a_note_the_table_lacks_is_refused_where_it_says_so() {
    let text = mutate("note: Some(3),", "note: Some(9),");
    let e = only_error(&text);
    assert_eq!(e.problem, Problem::UnknownId("note 9".into()));
    // At the number itself, inside Some(…).
    let mut at = pos_of(&text, "Some(9)");
    at.col += 5;
    assert_eq!(e.pos, Some(at));
    assert_eq!(
        e.render("r.ron", Lang::Ja),
        format!(
            "r.ron:{at}: id「note 9」は定義されていません [項目 meta.national_figures[1].note]"
        )
    );
    // The note it names is there: loads.
    assert!(report::load_str(BUNDLED_RON).is_ok());
}

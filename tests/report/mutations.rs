//! The mutation corpus: the bundled report with every figure made negative, fractional, a
//! string, an overflow or nothing; every prefecture name unknown, duplicated or empty; every line
//! deleted in turn. Each is refused with every error placed (line and column, and prefecture and
//! field where there is one), or loaded with a warning, or (a comment or blank line deleted)
//! loaded as exactly the same report. Never a panic, never a silently different report.

use staffing_dashboard::report::{self, Finding, Metric, Report};

use staffing_dashboard::assets::BUNDLED_RON;

fn original() -> Report {
    report::bundled().unwrap().report
}

/// Checks the outcome of loading a mutated text; returns the errors (empty when it loaded).
fn outcome(text: &str, what: &str, original: &Report) -> Vec<Finding> {
    match report::load_str(text) {
        Err(errors) => {
            assert!(!errors.is_empty(), "{what}: refused without a reason");
            for e in &errors {
                assert!(e.pos.is_some(), "{what}: an error without a place: {e:?}");
            }
            errors
        }
        Ok(loaded) => {
            assert!(
                !loaded.warnings.is_empty() || &loaded.report == original,
                "{what}: silently loaded a different report"
            );
            Vec::new()
        }
    }
}

/// The lines of the text that hold a row's figures (or the 計), with the row's name.
fn figure_lines() -> Vec<(usize, String)> {
    let lines: Vec<&str> = BUNDLED_RON.lines().collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.trim_start().starts_with("total: (job_seekers:") {
            out.push((i, "計".to_owned()));
        } else if l.trim_start().starts_with("figures: (job_seekers:") {
            let prev = lines[i - 1];
            let name = prev
                .split("name: \"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            out.push((i, name.to_owned()));
        }
    }
    assert_eq!(out.len(), 48);
    out
}

fn with_line(i: usize, new: &str) -> String {
    let mut lines: Vec<&str> = BUNDLED_RON.lines().collect();
    lines[i] = new;
    lines.join("\n")
}

#[test]
fn every_figure_negative_fractional_string_overflowing_or_missing_is_refused_with_its_place() {
    let original = original();
    let lines: Vec<&str> = BUNDLED_RON.lines().collect();
    for (i, name) in figure_lines() {
        for metric in Metric::ALL {
            let field = metric.field();
            let line = lines[i];
            let start = line.find(&format!("{field}: ")).unwrap() + field.len() + 2;
            let end = start + line[start..].find([',', ')']).unwrap();
            let value = &line[start..end];
            let negative = if value == "0" {
                "-1".to_owned()
            } else {
                format!("-{value}")
            };
            for bad in [
                negative,
                format!("{value}.5"),
                format!("\"{value}\""),
                "4294967296".to_owned(),
                String::new(),
            ] {
                let mutated = format!("{}{bad}{}", &line[..start], &line[end..]);
                let what = format!("{name} {field} = {bad:?}");
                let errors = outcome(&with_line(i, &mutated), &what, &original);
                assert_eq!(errors.len(), 1, "{what}: {errors:?}");
                let e = &errors[0];
                assert_eq!(e.pos.unwrap().line, i + 1, "{what}");
                assert_eq!(
                    e.prefecture.as_deref(),
                    Some(name.as_str()),
                    "{what}: {e:?}"
                );
                let expected_field = if name == "計" {
                    field.to_owned()
                } else {
                    format!("figures.{field}")
                };
                assert_eq!(
                    e.field.as_deref(),
                    Some(expected_field.as_str()),
                    "{what}: {e:?}"
                );
            }
        }
    }
}

#[test]
fn every_prefecture_name_unknown_duplicated_or_empty_is_refused() {
    let original = original();
    let lines: Vec<&str> = BUNDLED_RON.lines().collect();
    let rows: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let name = l
                .trim_start()
                .strip_prefix("(code: ")?
                .split("name: \"")
                .nth(1)?
                .split('"')
                .next()?;
            Some((i, name.to_owned()))
        })
        .collect();
    assert_eq!(rows.len(), 47);
    for (k, (i, name)) in rows.iter().enumerate() {
        let other = &rows[(k + 1) % rows.len()].1;
        for bad in ["無名県", other.as_str(), ""] {
            let mutated =
                lines[*i].replacen(&format!("name: \"{name}\""), &format!("name: \"{bad}\""), 1);
            let what = format!("{name} renamed {bad:?}");
            let errors = outcome(&with_line(*i, &mutated), &what, &original);
            assert!(!errors.is_empty(), "{what}: loaded");
            assert!(
                errors
                    .iter()
                    .any(|e| e.pos.unwrap().line == i + 1 && e.prefecture.as_deref() == Some(bad)),
                "{what}: no error placed on its line: {errors:?}"
            );
        }
    }
}

#[test]
fn every_line_deleted_in_turn_is_refused_or_changes_nothing() {
    let original = original();
    let lines: Vec<&str> = BUNDLED_RON.lines().collect();
    let mut refused = 0;
    for i in 0..lines.len() {
        let mut mutated = lines.clone();
        let deleted = mutated.remove(i);
        let what = format!("line {} deleted: {deleted:?}", i + 1);
        if outcome(&mutated.join("\n"), &what, &original).is_empty() {
            let t = deleted.trim();
            assert!(t.is_empty() || t.starts_with("//"), "{what}: loaded");
        } else {
            refused += 1;
        }
    }
    assert!(refused > 400, "{refused}");
}

//! Which table, and which date, each statement is about. The notice of 2021-05-26 speaks in two
//! voices: its text (contacts, steps and national figures: the notice's date) and its table's
//! notes, caveats and period (the table of 2021-05-19). An imported table keeps the notice's
//! words and borrows the notes; every surface (the table's tooltips, the side panel, the
//! sources window, the contact sheet, pictures, the screen reader) prints those statements
//! through these functions, so that none presents a 2021-05-19 statement as about another table.

use crate::dashboard::format::{as_of, format_qualified};
use crate::lang::Lang;
use crate::report::{Metric, NationalFigure, Note, PrefectureRow, Report};
use crate::texts::format_count;
use crate::texts::format_date;
use crate::texts::{fill, texts};

/// The date of the other table the notes describe, when they are not this table's own.
fn other_table(report: &Report) -> Option<String> {
    report
        .notes_are_another_tables()
        .then(|| report.notes_date().to_owned())
}

/// A note as a line: 「注3: …」, or 「注3（2021年5月19日時点の表）: …」 under another table.
pub fn note_line(report: &Report, note: &Note, lang: Lang) -> String {
    let t = texts(lang);
    match other_table(report) {
        Some(date) => fill(
            t.sources.note_line_of_table,
            &[
                ("number", &note.number),
                ("date", &format_date(&date, lang)),
                ("text", &note.text.get(lang)),
            ],
        ),
        None => fill(
            t.sources.note_line,
            &[("number", &note.number), ("text", &note.text.get(lang))],
        ),
    }
}

/// The heading of the notes: 「注」, or 「2021年5月19日時点の表（通知の別紙3）の注」 under another
/// table.
pub fn notes_heading(report: &Report, lang: Lang) -> String {
    heading(
        report,
        lang,
        texts(lang).sources.notes,
        texts(lang).sources.notes_of_table,
    )
}

/// The heading of the caveats, dated the same way as [`notes_heading`].
pub fn caveats_heading(report: &Report, lang: Lang) -> String {
    heading(
        report,
        lang,
        texts(lang).sources.caveats,
        texts(lang).sources.caveats_of_table,
    )
}

fn heading(report: &Report, lang: Lang, own: &str, of_table: &str) -> String {
    match other_table(report) {
        Some(date) => fill(
            of_table,
            &[
                ("date", &format_date(&date, lang)),
                ("attachment", &report.meta.source.attachment_number()),
            ],
        ),
        None => own.to_owned(),
    }
}

/// Where a national figure of the notice stands: its own date (「（2021年5月24日時点）」), the
/// note of the notice's table that states it (「（2021年5月19日時点の表の注3）」), or the notice
/// (「（2021年5月26日の通知）」). Said always, so that beside any table the figure has its date.
pub fn national_figure_date(report: &Report, f: &NationalFigure, lang: Lang) -> String {
    let t = texts(lang);
    if let Some(d) = &f.as_of {
        return as_of(d, lang);
    }
    match f.note {
        Some(k) => fill(
            t.sources.national_figure_of_note,
            &[
                ("date", &format_date(report.notes_date(), lang)),
                ("number", &k),
            ],
        ),
        None => fill(
            t.sources.national_figure_of_notice,
            &[("date", &format_date(&report.meta.source.date, lang))],
        ),
    }
}

/// 「研修を終えた看護師（…）: 約4,200名（2021年5月26日の通知）」.
pub fn national_figure_line(report: &Report, f: &NationalFigure, lang: Lang) -> String {
    let value = format_qualified(f.value, f.qualifier, f.unit.get(lang), lang);
    let mut line = fill(
        texts(lang).window.labelled,
        &[("label", &f.label.get(lang)), ("value", &value)],
    );
    line.push_str(&national_figure_date(report, f, lang));
    line
}

/// The sentence of the notice that states a national figure, quoted, with its date:
/// 「…全国で計約4,200名の看護師が…登録されています。」（2021年5月26日の通知）.
pub fn national_figure_quote(report: &Report, f: &NationalFigure, lang: Lang) -> String {
    format!("「{}」{}", f.quote, national_figure_date(report, f, lang))
}

/// The period line under a chart, a map and a copied table: 「集計期間 2020年4月6日〜2021年5月16日
/// （ワクチン関連は2021年4月12日以降）」; under an imported table the borrowed start dates say
/// which table states them.
pub fn period_line(report: &Report, lang: Lang) -> String {
    let t = texts(lang);
    let p = &report.meta.period;
    let values = [
        ("from", format_date(&p.from, lang)),
        ("to", format_date(&p.to, lang)),
        ("vaccination_from", format_date(&p.vaccination_from, lang)),
        ("notes_date", format_date(report.notes_date(), lang)),
    ];
    let values: Vec<(&str, &dyn std::fmt::Display)> = values
        .iter()
        .map(|(k, v)| (*k, v as &dyn std::fmt::Display))
        .collect();
    let template = if report.notes_are_another_tables() {
        t.sources.period_line_imported
    } else {
        t.sources.period_line
    };
    fill(template, &values)
}

/// What the published 計 is, on hover: 「別紙3 に公表された全国の計」, or the imported table's.
pub fn total_help(report: &Report, lang: Lang) -> String {
    let t = texts(lang);
    if report.meta.imported_from.is_some() {
        fill(
            t.table.total_help_imported,
            &[("date", &format_date(&report.meta.compiled.date, lang))],
        )
    } else {
        fill(
            t.table.total_help,
            &[("attachment", &report.meta.source.attachment_number())],
        )
    }
}

/// The prefecture's own vaccination-trained nurses, with what the column counts (note 3: only
/// those trained from 2021-04-12; a 0 says that earlier ones are not in it). The notice's claim
/// that trained nurses are registered and ready is national only, so it is not said here.
pub fn trained_nurses_line(report: &Report, row: &PrefectureRow, lang: Lang) -> String {
    let n = row.figures.vaccination_trained;
    let from = format_date(&report.meta.period.vaccination_from, lang);
    let from = match other_table(report) {
        Some(date) => fill(
            texts(lang).sources.from_of_table,
            &[("from", &from), ("date", &format_date(&date, lang))],
        ),
        None => from,
    };
    let note = report.note(Metric::VaccinationTrained).map(|n| n.number);
    let t = texts(lang);
    let why = if n == 0 {
        let note = note.map(|k| fill(t.sources.note_after_sentence, &[("number", &k)]));
        fill(
            t.side.trained_none,
            &[("from", &from), ("note", &note.unwrap_or_default())],
        )
    } else {
        let note = note.map(|k| fill(t.sources.note_after_phrase, &[("number", &k)]));
        fill(
            t.side.trained_some,
            &[("from", &from), ("note", &note.unwrap_or_default())],
        )
    };
    fill(
        t.side.trained_nurses,
        &[("count", &format_count(n)), ("why", &why)],
    )
}

#[cfg(test)]
mod tests;

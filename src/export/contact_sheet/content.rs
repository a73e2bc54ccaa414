//! What the sheet says, laid out top to bottom: title, the nurse centre's phone, the figures
//! with their ranks, whom to call for nurses and for doctors, Key-Net's steps, the checklist,
//! and the sources. Every word comes from the report or from `texts`.

use crate::dashboard::format::hours_text;

use crate::dashboard::rank::rank;
use crate::export::contact_sheet::font::Measure;
use crate::export::contact_sheet::layout::{Column, Op, Style};
use crate::lang::Lang;
use crate::report::{
    Contact, FlowStage, Metric, PrefectureRow, Purpose, Report, attachment_number,
};
use crate::texts::{fill, texts};
use crate::texts::{format_count, format_date};

/// A4 portrait, in points.
pub const PAGE: (f32, f32) = (595.28, 841.89);
/// The margin on every side, in points.
pub const MARGIN: f32 = 28.0;
/// Room between the two columns, in points.
const GUTTER: f32 = 16.0;

/// The page laid out: what to draw, and where the content ends (y of its bottom).
pub struct Laid {
    /// What to draw.
    pub ops: Vec<Op>,
    /// The bottom of the content.
    pub bottom: f32,
}

/// Lays the sheet of `row` out in `style`.
pub fn lay_out(
    report: &Report,
    row: &PrefectureRow,
    lang: Lang,
    measure: &Measure<'_>,
    style: Style,
) -> Laid {
    let t = texts(lang);
    let width = PAGE.0 - 2.0 * MARGIN;
    let mut page = Column::new(measure, style, MARGIN, width, MARGIN);
    let name = prefecture_name(row, lang);

    title_and_phone(&mut page, report, row, lang, &name);
    figures(&mut page, report, row, lang);

    // Whom to call: nurses on the left, doctors on the right.
    let half = (width - GUTTER) / 2.0;
    let mut left = Column::new(measure, style, MARGIN, half, page.y);
    let mut right = Column::new(measure, style, MARGIN + half + GUTTER, half, page.y);
    left.heading(t.side.short_of_nurses);
    left.text(
        &fill(
            t.side.nurse_centre_with_phone,
            &[("name", &row.name_in(lang)), ("phone", &row.phone)],
        ),
        style.body,
        true,
        0.0,
    );
    // The notice gives no nurse centre's hours: said, not guessed.
    left.text(t.side.hours_not_stated, style.body, false, 0.0);
    left.gap(4.0);
    for c in report
        .contacts
        .iter()
        .filter(|c| c.purposes.contains(&Purpose::Nurses))
    {
        contact(&mut left, c, lang);
    }
    right.heading(t.side.short_of_doctors);
    // The notice's order: post on Key-Net through G-MIS, matching in parallel, the bank.
    for stop in crate::dashboard::routes::doctor_path(report, lang) {
        right.text(&stop.text, style.body, true, 0.0);
        contact(&mut right, stop.contact, lang);
    }
    // Key-Net serves both: its steps go where there is room.
    if left.y <= right.y {
        key_net_flow(&mut left, report, lang);
    } else {
        key_net_flow(&mut right, report, lang);
    }
    page.y = left.y.max(right.y);
    page.ops.append(&mut left.ops);
    page.ops.append(&mut right.ops);
    page.gap(6.0);

    checklist(&mut page, report, lang);
    page.gap(6.0);
    footer(&mut page, report, lang);

    Laid {
        bottom: page.y,
        ops: page.ops,
    }
}

/// The title, and the nurse centre's phone, big, in a box.
fn title_and_phone(
    page: &mut Column<'_, '_>,
    report: &Report,
    row: &PrefectureRow,
    lang: Lang,
    name: &str,
) {
    let t = texts(lang);
    let style = page.style;
    let width = page.width;
    let centre = fill(t.side.nurse_centre_of, &[("name", &row.name_in(lang))]);
    page.text(&fill(t.sheet.title, &[("name", &name)]), 17.0, true, 0.0);
    let subtitle = fill(
        t.sheet.subtitle,
        &[
            ("title", &report.meta.short_title.get(lang)),
            ("date", &format_date(&report.meta.compiled.date, lang)),
        ],
    );
    page.text(&subtitle, style.body, false, 0.0);
    page.gap(6.0);

    // The nurse centre's phone, big, in a box, with what it is for beside it.
    let top = page.y;
    let pad = 8.0;
    let phone = fill(t.sheet.phone, &[("phone", &row.phone)]);
    let phone_size = 24.0;
    let phone_width = page.measure.width(&phone, phone_size);
    let label = fill(
        t.sheet.nurse_centre_box,
        &[
            ("centre", &centre),
            ("attachment", &report.meta.source.attachment_number()),
        ],
    );
    let beside = MARGIN + pad + phone_width + 2.0 * pad;
    let mut side = Column::new(
        page.measure,
        style,
        beside,
        MARGIN + width - pad - beside,
        top,
    );
    side.text(&label, style.body + 1.0, true, 0.0);
    let phone_height = style.line_height(phone_size);
    let inner = phone_height.max(side.y - top) + 2.0 * (2.0 + style.gap(2.0));
    // Both centred in the box.
    let shift = (inner - (side.y - top)) / 2.0;
    for op in &mut side.ops {
        if let Op::Text { y, .. } = op {
            *y += shift;
        }
    }
    page.ops.append(&mut side.ops);
    page.y = top + (inner - phone_height) / 2.0;
    page.text(&phone, phone_size, true, pad);
    page.y = top + inner;
    page.ops.push(Op::Rect {
        x: MARGIN,
        y: top,
        w: width,
        h: inner,
        line: 1.6,
    });
    page.gap(8.0);
}

/// The seven figures beside the national total, with the prefecture's rank for each.
fn figures(page: &mut Column<'_, '_>, report: &Report, row: &PrefectureRow, lang: Lang) {
    let t = texts(lang);
    let style = page.style;
    let width = page.width;
    page.rule(0.8);
    let mut rows = vec![vec![
        t.sheet.col_item.to_owned(),
        row.name.clone(),
        t.sources.national.to_owned(),
        t.sheet.col_rank.to_owned(),
    ]];
    for m in Metric::ALL {
        let mark = report
            .note(m)
            .map(|n| fill(t.sheet.note_mark, &[("number", &n.number)]))
            .unwrap_or_default();
        let place = rank(report, row.code, m).map_or_else(String::new, |r| {
            let template = if r.tied {
                t.sheet.rank_tied
            } else {
                t.sheet.rank
            };
            fill(template, &[("position", &r.position), ("of", &r.of)])
        });
        rows.push(vec![
            format!("{}{mark}", m.label(lang)),
            format_count(row.figures.get(m)),
            format_count(report.total.get(m)),
            place,
        ]);
    }
    let widths = [width * 0.5, width * 0.13, width * 0.13, width * 0.24];
    page.table(&widths, 1, &rows, style.body);
    page.gap(8.0);
}

/// The prefecture's name as the reader reads it: 東京都 / Tokyo (東京都).
fn prefecture_name(row: &PrefectureRow, lang: Lang) -> String {
    match (lang, crate::prefecture::by_code(row.code)) {
        (Lang::En, Some(p)) => format!("{} ({})", p.english, row.name),
        _ => row.name.clone(),
    }
}

/// A contact: name, what for, phone, fax, e-mail, hours (only as the report gives them) and
/// postal address.
fn contact(col: &mut Column<'_, '_>, c: &Contact, lang: Lang) {
    let t = texts(lang);
    let body = col.style.body;
    {
        col.text(&c.organisation.shown(lang), body + 0.5, true, 0.0);
        let roles: Vec<&str> = c.roles.iter().map(|r| r.get(lang)).collect();
        let roles = roles.join(t.side.roles_separator);
        let attachment = fill(
            t.sheet.attachment,
            &[("attachment", &attachment_number(&c.attachment))],
        );
        // The attachment, unless the roles already name it (with any kind of space).
        let plain = |s: &str| s.replace('\u{a0}', " ");
        let what = if plain(&roles).contains(&plain(&attachment)) {
            roles
        } else {
            fill(
                t.sheet.roles_attachment,
                &[("roles", &roles), ("attachment", &attachment)],
            )
        };
        col.text(&what, body, false, 0.0);
        if let Some(phone) = &c.phone {
            col.text(
                &fill(t.sheet.phone, &[("phone", phone)]),
                body + 3.0,
                true,
                0.0,
            );
        }
        if let Some(fax) = &c.fax {
            col.text(&fill(t.sheet.fax, &[("fax", fax)]), body, false, 0.0);
        }
        if let Some(email) = &c.email {
            col.text(&fill(t.sheet.email, &[("email", email)]), body, false, 0.0);
        }
        match &c.hours {
            Some(h) => col.text(
                &fill(t.sheet.hours, &[("hours", &hours_text(h, lang))]),
                body,
                false,
                0.0,
            ),
            None => col.text(t.side.hours_not_stated, body, false, 0.0),
        }
        if let Some(a) = &c.postal_address {
            let address = fill(
                t.sheet.postal_address,
                &[("postcode", &a.postcode), ("address", &a.address)],
            );
            col.text(&address, body, false, 0.0);
        }
        col.gap(5.0);
    }
}

/// Key-Net's usage steps, the steps of one stage in one paragraph, with the addresses of their
/// links written out.
fn key_net_flow(col: &mut Column<'_, '_>, report: &Report, lang: Lang) {
    if report.key_net_flow.is_empty() {
        return;
    }
    let t = texts(lang);
    col.gap(3.0);
    col.heading(t.side.how_to_use_key_net);
    let mut rest = report.key_net_flow.as_slice();
    while let Some(first) = rest.first() {
        let same = rest
            .iter()
            .take_while(|s| s.stage == first.stage)
            .count()
            .max(1);
        let (group, next) = rest.split_at_checked(same).unwrap_or((rest, &[]));
        rest = next;
        let stage = match first.stage {
            FlowStage::Now => t.side.flow_now,
            FlowStage::Later => t.side.flow_later,
        };
        let steps: Vec<String> = group
            .iter()
            .map(|s| {
                fill(
                    t.sheet.flow_step,
                    &[("number", &s.number), ("text", &s.text.get(lang))],
                )
            })
            .collect();
        let text = fill(
            t.sheet.flow_stage,
            &[("stage", &stage), ("steps", &steps.join(t.sheet.flow_then))],
        );
        col.text(&text, col.style.body, false, 0.0);
        for link in group.iter().flat_map(|s| &s.links) {
            let line = fill(
                t.window.labelled,
                &[("label", &link.label.get(lang)), ("value", &link.url)],
            );
            col.text(&line, col.style.small, false, col.style.body);
        }
    }
}

/// The escalation steps as a checklist: an empty box, the step, who acts, what to do (whom to
/// call is above, and named in the step's text).
fn checklist(page: &mut Column<'_, '_>, report: &Report, lang: Lang) {
    if report.escalation.is_empty() {
        return;
    }
    let t = texts(lang);
    let body = page.style.body;
    page.heading(t.side.what_to_do_next_checklist);
    let indent = body * 1.9;
    for step in &report.escalation {
        page.tick_box(body, body + 0.5);
        let head = fill(
            t.sheet.step,
            &[("number", &step.number), ("role", &step.role.get(lang))],
        );
        page.text(&head, body + 0.5, true, indent);
        let action = fill(
            t.sheet.step_action,
            &[
                ("actor", &step.actor.label(lang)),
                ("action", &step.action.get(lang)),
            ],
        );
        page.text(&action, body, false, indent);
        page.gap(4.0);
    }
}

/// Period, compilation, source, notes 1-3 and what is ours.
fn footer(page: &mut Column<'_, '_>, report: &Report, lang: Lang) {
    let t = texts(lang);
    let small = page.style.small;
    // Clear of the descenders of the line above, also when there is no room between blocks.
    page.y += 1.0;
    page.rule(0.6);
    page.y += 1.5;
    let meta = &report.meta;
    let s = &meta.source;
    let lines = if meta.imported_from.is_some() {
        // A handout names the table by its date once; the file it came from stays in the window.
        [
            fill(t.sheet.period, &[("period", &meta.period.text.get(lang))]),
            fill(
                t.sheet.table_imported,
                &[("date", &format_date(&meta.compiled.date, lang))],
            ),
            fill(
                t.sheet.source_imported,
                &[
                    ("document", &s.document.get(lang)),
                    ("date", &format_date(&s.date, lang)),
                ],
            ),
        ]
    } else {
        [
            fill(t.sheet.period, &[("period", &meta.period.text.get(lang))]),
            fill(
                t.sheet.compiled,
                &[
                    ("compiled", &meta.compiled.text.get(lang)),
                    ("date", &format_date(&meta.compiled.date, lang)),
                ],
            ),
            fill(
                t.sources.source_line,
                &[
                    ("document", &s.document.get(lang)),
                    ("date", &format_date(&s.date, lang)),
                    ("attachment", &s.attachment_number()),
                ],
            ),
        ]
    };
    page.text(&lines.join(t.sheet.footer_join), small, false, 0.0);
    if report.notes_are_another_tables() && !meta.notes.is_empty() {
        let heading = crate::dashboard::provenance::notes_heading(report, lang);
        page.text(&heading, small, false, 0.0);
    }
    for n in &meta.notes {
        let mark = fill(t.sheet.note_mark, &[("number", &n.number)]);
        page.hanging(&mark, n.text.get(lang), small, false, small * 2.0);
    }
    let derived = fill(t.sheet.derived, &[("of", &report.rows.len())]);
    page.text(&format!("{derived} {}", t.sheet.ours), small, false, 0.0);
}

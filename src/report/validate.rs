//! Cross-checks of a parsed report. Never stops at the first finding, never panics.
//!
//! Errors refuse the file: unknown, duplicated or missing prefectures, a code that is not its
//! prefecture's, malformed phones, dates, times, e-mails, links and postcodes, references to
//! contacts or figures that do not exist, sums that overflow. Warnings let it load: a published
//! total that differs from the sum of the rows, an of-which figure above its parent.

use std::collections::BTreeMap;

use crate::prefecture;
use crate::report::contacts::ContactRef;
use crate::report::error::{Finding, Problem, Severity};
use crate::report::formats::{is_date, is_email, is_https, is_phone, is_postcode, is_time};
use crate::report::locate::{Node, Pos, Seg, render_path};
use crate::report::model::{Figures, Metric, PrefectureRow, Report};

/// One step of a path into the report, as written in code.
#[derive(Clone, Copy)]
enum Step<'s> {
    F(&'s str),
    I(usize),
}
use Step::{F, I};

struct Checker<'a> {
    root: Option<&'a Node>,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    fn node(&self, path: &[Step<'_>]) -> Option<&Node> {
        let mut node = self.root?;
        for step in path {
            node = match step {
                F(name) => node.field(name)?,
                I(i) => node.item(*i)?,
            };
        }
        Some(node)
    }

    /// Where a path is: its value, or failing that the nearest enclosing node found.
    fn pos(&self, path: &[Step<'_>]) -> Option<Pos> {
        (0..=path.len())
            .rev()
            .find_map(|n| path.get(..n).and_then(|p| self.node(p)).map(|n| n.start))
    }

    fn push(
        &mut self,
        severity: Severity,
        path: &[Step<'_>],
        prefecture: Option<&str>,
        problem: Problem,
    ) {
        // Inside a row the field is named relative to the row; elsewhere in full.
        let field_path = match path {
            [F("rows"), I(_), rest @ ..] | [F("total"), rest @ ..] => rest,
            all => all,
        };
        let segs: Vec<Seg> = field_path
            .iter()
            .map(|s| match s {
                F(f) => Seg::Field((*f).to_owned()),
                I(i) => Seg::Index(*i),
            })
            .collect();
        let field = render_path(&segs);
        self.findings.push(Finding {
            severity,
            pos: self.pos(path),
            prefecture: prefecture.map(str::to_owned),
            field: (!field.is_empty()).then_some(field),
            problem,
        });
    }

    fn error(&mut self, path: &[Step<'_>], prefecture: Option<&str>, problem: Problem) {
        self.push(Severity::Error, path, prefecture, problem);
    }
}

/// Every finding in `report`, errors and warnings, in file order where there is one.
/// `outline` (from [`crate::report::locate::outline`]) gives them their places.
pub fn validate(report: &Report, outline: Option<&Node>) -> Vec<Finding> {
    let mut c = Checker {
        root: outline,
        findings: Vec::new(),
    };
    check_meta(&mut c, report);
    check_rows(&mut c, &report.rows);
    check_totals(&mut c, report);
    check_contacts(&mut c, report);
    check_steps(&mut c, report);
    c.findings.sort_by_key(|f| {
        f.pos.unwrap_or(Pos {
            line: usize::MAX,
            col: 0,
        })
    });
    c.findings
}

fn check_meta(c: &mut Checker<'_>, report: &Report) {
    let m = &report.meta;
    let dates = [
        (&m.source.date, [F("meta"), F("source"), F("date")]),
        (&m.period.from, [F("meta"), F("period"), F("from")]),
        (&m.period.to, [F("meta"), F("period"), F("to")]),
        (
            &m.period.vaccination_from,
            [F("meta"), F("period"), F("vaccination_from")],
        ),
        (
            &m.period.vaccination_employed_from,
            [F("meta"), F("period"), F("vaccination_employed_from")],
        ),
        (&m.compiled.date, [F("meta"), F("compiled"), F("date")]),
    ];
    for (value, path) in dates {
        if !is_date(value) {
            c.error(&path, None, Problem::BadDate(value.clone()));
        }
    }
    for (field, text) in [("title", &m.title), ("short_title", &m.short_title)] {
        if text.ja().trim().is_empty() {
            c.error(&[F("meta"), F(field), F("ja")], None, Problem::Empty);
        }
    }
    let mut ids = BTreeMap::new();
    for (i, f) in m.national_figures.iter().enumerate() {
        let path = [F("meta"), F("national_figures"), I(i)];
        if ids.insert(f.id.as_str(), i).is_some() {
            c.error(&path, None, Problem::DuplicateId(f.id.clone()));
        }
        if let Some(d) = &f.as_of
            && !is_date(d)
        {
            let path = [F("meta"), F("national_figures"), I(i), F("as_of")];
            c.error(&path, None, Problem::BadDate(d.clone()));
        }
        if let Some(k) = f.note
            && !m.notes.iter().any(|n| n.number == k)
        {
            let path = [F("meta"), F("national_figures"), I(i), F("note")];
            c.error(&path, None, Problem::UnknownId(format!("note {k}")));
        }
    }
}

fn check_rows(c: &mut Checker<'_>, rows: &[PrefectureRow]) {
    let mut seen: BTreeMap<u8, usize> = BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        let name = row.name.as_str();
        let by_name = prefecture::by_name(name);
        match (by_name, prefecture::by_code(row.code)) {
            (None, _) => c.error(
                &[F("rows"), I(i), F("name")],
                Some(name),
                Problem::UnknownPrefecture(row.name.clone()),
            ),
            (Some(_), None) => c.error(
                &[F("rows"), I(i), F("code")],
                Some(name),
                Problem::UnknownCode(row.code.0),
            ),
            (Some(p), Some(expected)) if p.code != row.code => c.error(
                &[F("rows"), I(i), F("code")],
                Some(name),
                Problem::CodeMismatch {
                    code: row.code.0,
                    name: row.name.clone(),
                    expected: expected.kanji.clone(),
                },
            ),
            _ => {}
        }
        if let Some(p) = by_name {
            if let Some(first) = seen.get(&p.code.0) {
                let first = c.pos(&[F("rows"), I(*first)]);
                c.error(
                    &[F("rows"), I(i), F("name")],
                    Some(name),
                    Problem::DuplicatePrefecture {
                        name: row.name.clone(),
                        first,
                    },
                );
            } else {
                seen.insert(p.code.0, i);
            }
        }
        if !is_phone(&row.phone) {
            c.error(
                &[F("rows"), I(i), F("phone")],
                Some(name),
                Problem::BadPhone(row.phone.clone()),
            );
        }
        check_parts(c, &row.figures, &[F("rows"), I(i)], name);
    }
    // Every prefecture whose name is nowhere in the rows. Reported at the end of the list.
    let end = c.node(&[F("rows")]).map(|n| n.end);
    for p in prefecture::all() {
        if !seen.contains_key(&p.code.0) {
            c.findings.push(Finding {
                pos: end,
                prefecture: Some(p.kanji.clone()),
                ..Finding::error(Problem::MissingPrefecture {
                    code: p.code.0,
                    name: p.kanji.clone(),
                })
            });
        }
    }
}

/// Warns where an of-which figure is above its parent.
fn check_parts(c: &mut Checker<'_>, figures: &Figures, row: &[Step<'_>], name: &str) {
    for part in Metric::ALL {
        let Some(whole) = part.parent() else {
            continue;
        };
        let (part_value, whole_value) = (figures.get(part), figures.get(whole));
        if part_value > whole_value {
            let mut path = row.to_vec();
            path.extend([F("figures"), F(part.field())]);
            c.push(
                Severity::Warning,
                &path,
                Some(name),
                Problem::PartExceedsWhole {
                    part,
                    part_value,
                    whole,
                    whole_value,
                },
            );
        }
    }
}

fn check_totals(c: &mut Checker<'_>, report: &Report) {
    check_parts(c, &report.total, &[F("total")], "計");
    for metric in Metric::ALL {
        let summed = report
            .rows
            .iter()
            .try_fold(0_u32, |acc, r| acc.checked_add(r.figures.get(metric)));
        let path = [F("total"), F(metric.field())];
        let reported = report.total.get(metric);
        match summed {
            None => c.error(&path, Some("計"), Problem::SumOverflow(metric)),
            Some(summed) if summed != reported => c.push(
                Severity::Warning,
                &path,
                Some("計"),
                Problem::TotalMismatch {
                    metric,
                    reported,
                    summed,
                },
            ),
            Some(_) => {}
        }
    }
}

fn check_contacts(c: &mut Checker<'_>, report: &Report) {
    let mut ids = BTreeMap::new();
    for (i, contact) in report.contacts.iter().enumerate() {
        let at = |f| [F("contacts"), I(i), F(f)];
        if ids.insert(contact.id.as_str(), i).is_some() {
            c.error(&at("id"), None, Problem::DuplicateId(contact.id.clone()));
        }
        if contact.organisation.ja().trim().is_empty() {
            c.error(&at("organisation"), None, Problem::Empty);
        }
        for (field, value) in [("phone", &contact.phone), ("fax", &contact.fax)] {
            if let Some(v) = value
                && !is_phone(v)
            {
                c.error(&at(field), None, Problem::BadPhone(v.clone()));
            }
        }
        if let Some(e) = &contact.email
            && !is_email(e)
        {
            c.error(&at("email"), None, Problem::BadEmail(e.clone()));
        }
        if let Some(a) = &contact.postal_address
            && !is_postcode(&a.postcode)
        {
            c.error(
                &[F("contacts"), I(i), F("postal_address"), F("postcode")],
                None,
                Problem::BadPostcode(a.postcode.clone()),
            );
        }
        for (j, link) in contact.links.iter().enumerate() {
            if !is_https(&link.url) {
                let path = [F("contacts"), I(i), F("links"), I(j), F("url")];
                c.error(&path, None, Problem::BadUrl(link.url.clone()));
            }
        }
        if let Some(h) = &contact.hours {
            for (field, value) in [("from", &h.from), ("to", &h.to)] {
                if !is_time(value) {
                    let path = [F("contacts"), I(i), F("hours"), F(field)];
                    c.error(&path, None, Problem::BadTime(value.clone()));
                }
            }
        }
        for (j, id) in contact.figures.iter().enumerate() {
            if report.national_figure(id).is_none() {
                let path = [F("contacts"), I(i), F("figures"), I(j)];
                c.error(&path, None, Problem::UnknownId(id.clone()));
            }
        }
    }
}

fn check_steps(c: &mut Checker<'_>, report: &Report) {
    for (i, step) in report.escalation.iter().enumerate() {
        for (j, r) in step.contacts.iter().enumerate() {
            if let ContactRef::Contact(id) = r
                && report.contact(id).is_none()
            {
                let path = [F("escalation"), I(i), F("contacts"), I(j)];
                c.error(&path, None, Problem::UnknownId(id.clone()));
            }
        }
    }
    for (i, step) in report.key_net_flow.iter().enumerate() {
        for (j, id) in step.contacts.iter().enumerate() {
            if report.contact(id).is_none() {
                let path = [F("key_net_flow"), I(i), F("contacts"), I(j)];
                c.error(&path, None, Problem::UnknownId(id.clone()));
            }
        }
        for (j, link) in step.links.iter().enumerate() {
            if !is_https(&link.url) {
                let path = [F("key_net_flow"), I(i), F("links"), I(j), F("url")];
                c.error(&path, None, Problem::BadUrl(link.url.clone()));
            }
        }
    }
}

//! The workbook's second and third sheets as text, without the writer: the contacts of the
//! notice's attachments and each prefecture's nurse centre, and the escalation steps with
//! Key-Net's usage flow. Only what the report says; a field it leaves out stays empty.

use crate::dashboard::format::hours_text;
use crate::lang::Lang;
use crate::report::contacts::FlowStage;
use crate::report::{Contact, Report};
use crate::texts::{fill, format_date, texts};

/// A block of a list sheet: its title, its header and its rows of text.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// The block's title.
    pub title: String,
    /// The header row.
    pub header: Vec<String>,
    /// The rows, a cell per header.
    pub rows: Vec<Vec<String>>,
    /// How wide each column is, in Excel's units (the width of a digit).
    pub widths: Vec<f64>,
    /// The columns of text that stay text as typed (codes, phones).
    pub text_columns: Vec<usize>,
    /// The source under the block, when its title does not name it.
    pub source: Option<String>,
}

/// A list sheet: its blocks and the source under them.
#[derive(Clone, Debug, PartialEq)]
pub struct ListSheet {
    /// The sheet's name.
    pub name: String,
    /// The blocks, one under the other.
    pub blocks: Vec<Block>,
}

fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// One contact as a row: attachment, service, name, what for, phone, fax and e-mail (a line
/// each), hours, address, links, licence and registration.
fn contact_row(c: &Contact, lang: Lang) -> Vec<String> {
    let t = texts(lang);
    let roles: Vec<&str> = c.roles.iter().map(|r| r.get(lang)).collect();
    let links: Vec<String> = c
        .links
        .iter()
        .map(|l| {
            fill(
                t.workbook.link,
                &[("label", &l.label.get(lang)), ("url", &l.url)],
            )
        })
        .collect();
    let reach: Vec<String> = [
        c.phone
            .as_ref()
            .map(|p| fill(t.sheet.phone, &[("phone", p)])),
        c.fax.as_ref().map(|f| fill(t.sheet.fax, &[("fax", f)])),
        c.email
            .as_ref()
            .map(|e| fill(t.sheet.email, &[("email", e)])),
    ]
    .into_iter()
    .flatten()
    .collect();
    let licence: Vec<String> = c
        .licence
        .iter()
        .cloned()
        .chain(c.registration.iter().map(|r| r.get(lang).to_owned()))
        .collect();
    vec![
        c.attachment.clone(),
        c.service.get(lang).to_owned(),
        c.organisation.shown(lang).into_owned(),
        roles.join(t.side.roles_separator),
        reach.join("\n"),
        c.hours.as_ref().map_or_else(
            || t.side.hours_not_stated.to_owned(),
            |h| hours_text(h, lang),
        ),
        c.postal_address
            .as_ref()
            .map(|a| format!("〒{} {}", a.postcode, a.address))
            .unwrap_or_default(),
        links.join("\n"),
        licence.join("\n"),
    ]
}

/// The contacts sheet: the notice's contacts, then each prefecture's nurse centre (code,
/// name, phone) from the table, in code order.
pub fn contacts(report: &Report, lang: Lang) -> ListSheet {
    let t = texts(lang);
    let w = &t.workbook;
    let notice = format_date(&report.meta.source.date, lang);
    let mut centres: Vec<&crate::report::PrefectureRow> = report.rows.iter().collect();
    centres.sort_by_key(|r| r.code);
    ListSheet {
        name: w.sheet_contacts.to_owned(),
        blocks: vec![
            Block {
                title: fill(w.contacts_title, &[("date", &notice)]),
                header: owned(&[
                    w.attachment,
                    w.service,
                    w.organisation,
                    w.roles,
                    w.reach,
                    w.hours,
                    w.address,
                    w.links,
                    w.licence,
                ]),
                rows: report
                    .contacts
                    .iter()
                    .map(|c| contact_row(c, lang))
                    .collect(),
                widths: vec![5.0, 11.0, 15.0, 17.0, 19.0, 13.0, 16.0, 22.0, 20.0],
                text_columns: Vec::new(),
                source: None,
            },
            Block {
                title: w.nurse_centres_title.to_owned(),
                header: owned(&[t.csv.code, t.table.prefecture, w.phone]),
                rows: centres
                    .iter()
                    .map(|r| {
                        vec![
                            r.code.two_digits(),
                            r.name_in(lang).to_owned(),
                            r.phone.clone(),
                        ]
                    })
                    .collect(),
                widths: vec![6.0, 14.0, 18.0],
                text_columns: vec![0, 2],
                source: Some(crate::dashboard::source::source_with_date(report, lang)),
            },
        ],
    }
}

/// The steps sheet: each escalation step (number, who, what, why, whom to call with phones),
/// then Key-Net's usage flow.
pub fn steps(report: &Report, lang: Lang) -> ListSheet {
    let t = texts(lang);
    let w = &t.workbook;
    let notice = format_date(&report.meta.source.date, lang);
    let steps = report
        .escalation
        .iter()
        .map(|s| {
            vec![
                s.number.to_string(),
                s.actor.label(lang).to_owned(),
                s.action.get(lang).to_owned(),
                s.role.get(lang).to_owned(),
                crate::dashboard::routes::whom(report, None, &s.contacts, lang).join("\n"),
            ]
        })
        .collect();
    let flow = report
        .key_net_flow
        .iter()
        .map(|s| {
            let stage = match s.stage {
                FlowStage::Now => t.side.flow_now,
                FlowStage::Later => t.side.flow_later,
            };
            let links: Vec<String> = s
                .links
                .iter()
                .map(|l| fill(w.link, &[("label", &l.label.get(lang)), ("url", &l.url)]))
                .collect();
            vec![
                s.number.to_string(),
                stage.to_owned(),
                s.text.get(lang).to_owned(),
                links.join("\n"),
            ]
        })
        .collect();
    let mut blocks = vec![Block {
        title: fill(w.steps_title, &[("date", &notice)]),
        header: owned(&[w.step, w.actor, w.action, w.role, w.whom]),
        rows: steps,
        widths: vec![6.0, 18.0, 50.0, 40.0, 50.0],
        text_columns: Vec::new(),
        source: None,
    }];
    if !report.key_net_flow.is_empty() {
        blocks.push(Block {
            title: t.side.how_to_use_key_net.to_owned(),
            header: owned(&[w.step, w.stage, w.action, w.links]),
            rows: flow,
            widths: vec![6.0, 18.0, 50.0, 40.0],
            text_columns: Vec::new(),
            source: None,
        });
    }
    ListSheet {
        name: w.sheet_steps.to_owned(),
        blocks,
    }
}

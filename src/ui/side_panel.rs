//! The side panel: for the selected prefecture (or the nation), whom to call and what to do
//! next: the nurse centre's phone, the contacts for nurses and for doctors, the checklist.

use egui::RichText;

use crate::dashboard::rank::rank;
use crate::dashboard::{Action, Choice, Command, ViewContext};
use crate::lang::Lang;
use crate::report::{Figures, Metric, PrefectureRow, Purpose, Report};
use crate::texts::format_count;
use crate::texts::{fill, texts};
use crate::ui::{contacts, escalation, theme};

/// The side panel: the two paths first (short of nurses, short of doctors, each with its
/// phones), so both are in view at 1366x768; then the contact sheet, the figures with their
/// ranks, Key-Net's flow (once), and the checklist grouped by who acts.
pub fn side_panel_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Vec<Command>) {
    let (state, report, earlier, lang) = (cx.state, cx.report, cx.earlier, cx.lang());
    let t = texts(lang);
    let row = state.selected.and_then(|c| report.row(c));
    // A scroll bar of its own room, not floating over the ends of the lines.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    egui::ScrollArea::vertical()
        .id_salt("side_panel_scroll")
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            heading_ui(ui, row, lang);
            ui.separator();
            let heading = ui.label(RichText::new(t.side.short_of_nurses).heading().size(16.0));
            crate::ui::as_heading(&heading, t.side.short_of_nurses, 2);
            match row {
                Some(r) => {
                    let centre = fill(t.side.nurse_centre_of, &[("name", &r.name_in(lang))]);
                    ui.label(&centre);
                    let phone = (r.phone.as_str(), centre.as_str());
                    out.extend(contacts::phone_ui(ui, phone, theme::PHONE_SIZE, lang));
                    // The notice gives no nurse centre's hours: said, not guessed.
                    ui.label(t.side.hours_not_stated);
                    ui.label(crate::dashboard::provenance::trained_nurses_line(
                        report, r, lang,
                    ));
                    // After the phone: the phone and its copy button are the panel's first
                    // stops for the keyboard.
                    if ui.small_button(t.reports.back_to_national_view).clicked() {
                        out.push(Command::Choice(Choice::Select(None)));
                    }
                }
                None => {
                    ui.label(t.side.nurse_centre_select_hint);
                }
            }
            contacts::cards_for_ui(ui, report, Purpose::Nurses, lang, out);
            ui.add_space(6.0);
            let heading = ui.label(RichText::new(t.side.short_of_doctors).heading().size(16.0));
            crate::ui::as_heading(&heading, t.side.short_of_doctors, 2);
            // The notice's order: post on Key-Net through G-MIS (G-MIS事務局 for questions
            // about G-MIS), matching by 国際事業総合研究所 in parallel, the bank; as on the sheet.
            for stop in crate::dashboard::routes::doctor_path(report, lang) {
                ui.label(RichText::new(stop.text).strong());
                if stop.contact.purposes.contains(&Purpose::Doctors) {
                    contacts::card_ui(ui, stop.contact, report, lang, out);
                } else {
                    contacts::desk_ui(ui, stop.contact, lang, out);
                }
            }
            ui.add_space(6.0);
            egui::CollapsingHeader::new(RichText::new(t.side.how_to_use_key_net).strong())
                .id_salt("key_net_flow")
                .show(ui, |ui| {
                    escalation::key_net_flow_ui(ui, report, lang);
                });
            if let Some(r) = row {
                out.extend(crate::ui::action_button(
                    ui,
                    Action::ExportSheet(r.code),
                    cx,
                ));
                egui::CollapsingHeader::new(RichText::new(t.side.figures_and_ranks).strong())
                    .id_salt("figures_and_ranks")
                    .default_open(true)
                    .show(ui, |ui| {
                        figures_ui(ui, report, r, lang);
                        if let Some(e) = earlier {
                            let old = e.row(r.code).map(|o| &o.figures);
                            changes_ui(ui, (report, e), &r.figures, old, lang);
                        }
                    });
            } else {
                if let Some(e) = earlier {
                    egui::CollapsingHeader::new(RichText::new(t.side.nationwide).strong())
                        .id_salt("national_changes")
                        .default_open(true)
                        .show(ui, |ui| {
                            changes_ui(ui, (report, e), &report.total, Some(&e.total), lang);
                        });
                }
                egui::CollapsingHeader::new(
                    RichText::new(t.sources.national_figures_in_the_notice).strong(),
                )
                .id_salt("national_figures")
                .show(ui, |ui| {
                    for f in &report.meta.national_figures {
                        let line =
                            crate::dashboard::provenance::national_figure_line(report, f, lang);
                        let quote =
                            crate::dashboard::provenance::national_figure_quote(report, f, lang);
                        ui.label(line).on_hover_text(quote);
                    }
                });
            }
            egui::CollapsingHeader::new(RichText::new(t.side.what_to_do_next_checklist).strong())
                .id_salt("checklist")
                .default_open(true)
                .show(ui, |ui| {
                    ui.label(match row {
                        Some(r) => fill(t.side.ticks_for, &[("name", &r.name_in(lang))]),
                        None => t.side.ticks_for_the_national_view.to_owned(),
                    });
                    escalation::checklist_ui(ui, state, report, out);
                });
            crate::ui::keep_focus_in_view(ui);
        });
}

/// The selected prefecture's name, or 全国.
fn heading_ui(ui: &mut egui::Ui, row: Option<&PrefectureRow>, lang: Lang) {
    let t = texts(lang);
    if let Some(r) = row {
        ui.horizontal(|ui| {
            let heading = ui.heading(r.name_in(lang));
            // The prefecture selected is said when it changes.
            crate::ui::as_heading(&heading, r.name_in(lang), 1);
            crate::ui::as_live(&heading);
            if r.name_in(lang) != r.name {
                heading.on_hover_text(&r.name);
            }
        });
    } else {
        let heading = ui.heading(t.side.nationwide);
        crate::ui::as_heading(&heading, t.side.nationwide, 1);
        crate::ui::as_live(&heading);
        ui.label(t.side.select_a_prefecture_hint);
    }
}

/// The prefecture's seven figures, each with its rank among the 47 (derived) and the national
/// 計, a line each so that the panel keeps its width.
fn figures_ui(ui: &mut egui::Ui, report: &Report, r: &PrefectureRow, lang: Lang) {
    let t = texts(lang);
    for m in Metric::ALL {
        let rank = rank(report, r.code, m).map(|k| {
            let template = if k.tied {
                t.sheet.rank_tied
            } else {
                t.sheet.rank
            };
            fill(template, &[("of", &k.of), ("position", &k.position)])
        });
        ui.label(fill(
            t.export.figure_line,
            &[
                ("label", &m.label(lang)),
                ("value", &format_count(r.figures.get(m))),
                ("rank", &rank.unwrap_or_default()),
                ("national", &format_count(report.total.get(m))),
            ],
        ))
        .on_hover_text(t.table.rank_help);
    }
}

/// The seven figures' changes from the earlier report (derived), a fall marked ▼ in the
/// mismatch colour with what it means on hover; a dash where the earlier report lacks them.
fn changes_ui(
    ui: &mut egui::Ui,
    (report, earlier): (&Report, &Report),
    new: &Figures,
    old: Option<&Figures>,
    lang: Lang,
) {
    let t = texts(lang);
    let span = crate::dashboard::compare::span(earlier, report, lang);
    ui.add_space(4.0);
    ui.label(
        RichText::new(fill(t.side.side_changes_heading, &[("span", &span)]))
            .strong()
            .italics()
            .color(theme::palette(ui).derived),
    );
    for m in Metric::ALL {
        let Some(old) = old else {
            ui.label(fill(
                t.window.labelled,
                &[("label", &m.label(lang)), ("value", &"—")],
            ));
            continue;
        };
        let v = crate::dashboard::compare::change(new, old, m);
        let mut change = crate::report::compare::format_change(v);
        if v < 0 {
            change.insert(0, '▼');
        }
        let text = fill(
            t.side.side_change_line,
            &[
                ("label", &m.label(lang)),
                ("change", &change),
                ("old", &format_count(old.get(m))),
                ("new", &format_count(new.get(m))),
            ],
        );
        let rich = RichText::new(text).italics();
        if v < 0 {
            ui.label(rich.color(theme::palette(ui).mismatch))
                .on_hover_text(crate::dashboard::compare::fall_help(
                    old.get(m),
                    new.get(m),
                    lang,
                ));
        } else {
            ui.label(rich.color(theme::palette(ui).derived));
        }
    }
}

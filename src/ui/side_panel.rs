//! The side panel: for the selected prefecture (or the nation), whom to call and what to do
//! next: the nurse centre's phone, the contacts for nurses and for doctors, the checklist.

use egui::RichText;

use crate::dashboard::format::{format_count, format_date, format_qualified};
use crate::dashboard::rank::rank;
use crate::dashboard::{Command, State};
use crate::lang::Lang;
use crate::report::{Metric, PrefectureRow, Purpose, Report};
use crate::texts::{fill, texts};
use crate::ui::{contacts, escalation, theme};

/// The side panel.
pub fn side_panel_ui(ui: &mut egui::Ui, state: &State, report: &Report, out: &mut Vec<Command>) {
    let lang = state.lang;
    egui::ScrollArea::vertical()
        .id_salt("side_panel_scroll")
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            selection_ui(ui, state, report, out);
            ui.separator();
            egui::CollapsingHeader::new(RichText::new(texts(lang).short_of_nurses).strong())
                .id_salt("short_of_nurses")
                .default_open(true)
                .show(ui, |ui| {
                    match state.selected.and_then(|c| report.row(c)) {
                        Some(r) => {
                            ui.label(fill(
                                texts(lang).nurse_centre_of,
                                &[("name", &r.name_in(lang))],
                            ));
                            out.extend(contacts::phone_ui(ui, &r.phone, 15.0, lang));
                            ui.label(trained_nurses_line(report, r, lang));
                        }
                        None => {
                            ui.label(texts(lang).nurse_centre_select_hint);
                        }
                    }
                    contacts::cards_for_ui(ui, report, Purpose::Nurses, lang, out);
                    escalation::key_net_flow_ui(ui, report, lang, "nurses");
                });
            egui::CollapsingHeader::new(RichText::new(texts(lang).short_of_doctors).strong())
                .id_salt("short_of_doctors")
                .default_open(true)
                .show(ui, |ui| {
                    contacts::cards_for_ui(ui, report, Purpose::Doctors, lang, out);
                    escalation::key_net_flow_ui(ui, report, lang, "doctors");
                    contacts::cards_for_ui(ui, report, Purpose::GmisRegistration, lang, out);
                });
            egui::CollapsingHeader::new(
                RichText::new(texts(lang).what_to_do_next_checklist).strong(),
            )
            .id_salt("checklist")
            .default_open(true)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(match state.selected.and_then(|c| report.row(c)) {
                        Some(r) => fill(texts(lang).ticks_for, &[("name", &r.name_in(lang))]),
                        None => texts(lang).ticks_for_the_national_view.to_owned(),
                    })
                    .small()
                    .weak(),
                );
                escalation::checklist_ui(ui, state, report, out);
            });
        });
}

/// The selected prefecture: name, nurse centre phone (big, copyable), its figures; or the
/// national view.
fn selection_ui(ui: &mut egui::Ui, state: &State, report: &Report, out: &mut Vec<Command>) {
    let lang = state.lang;
    if let Some(r) = state.selected.and_then(|c| report.row(c)) {
        ui.horizontal(|ui| {
            let heading = ui.heading(r.name_in(lang));
            if r.name_in(lang) != r.name {
                heading.on_hover_text(&r.name);
            }
            if ui.small_button(texts(lang).back_to_national_view).clicked() {
                out.push(Command::Select(None));
            }
        });
        ui.label(texts(lang).nurse_centre_phone);
        out.extend(contacts::phone_ui(ui, &r.phone, theme::PHONE_SIZE, lang));
        out.extend(crate::ui::command_button(
            ui,
            texts(lang).save_sheet,
            texts(lang).save_sheet_help,
            Command::ExportSheet(r.code),
        ));
        egui::Grid::new("selected_figures")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                let t = texts(lang);
                ui.label("");
                ui.label(RichText::new(r.name_in(lang)).small());
                ui.label(RichText::new(t.rank_header).small())
                    .on_hover_text(t.rank_help);
                ui.label(RichText::new(t.national).small());
                ui.end_row();
                for m in Metric::ALL {
                    ui.label(RichText::new(m.label(lang)).small());
                    ui.label(format_count(r.figures.get(m)));
                    let rank = rank(report, r.code, m).map(|k| {
                        let template = if k.tied {
                            t.sheet_rank_tied
                        } else {
                            t.sheet_rank
                        };
                        fill(template, &[("of", &k.of), ("position", &k.position)])
                    });
                    ui.label(RichText::new(rank.unwrap_or_default()).small())
                        .on_hover_text(t.rank_help);
                    ui.label(RichText::new(format_count(report.total.get(m))).weak());
                    ui.end_row();
                }
            });
    } else {
        ui.heading(texts(lang).nationwide);
        ui.label(texts(lang).select_a_prefecture_hint);
        for f in &report.meta.national_figures {
            ui.label(
                RichText::new(format!(
                    "{}: {}",
                    f.label.get(lang),
                    format_qualified(f.value, f.qualifier, f.unit.get(lang), lang)
                ))
                .small(),
            )
            .on_hover_text(&f.quote);
        }
    }
}

/// The prefecture's own vaccination-trained nurses, with what the column counts (note 3: only
/// those trained from 2021-04-12; a 0 says that earlier ones are not in it). The notice's claim
/// that trained nurses are registered and ready is national only, so it is not said here.
pub fn trained_nurses_line(report: &Report, row: &PrefectureRow, lang: Lang) -> String {
    let n = row.figures.vaccination_trained;
    let from = format_date(&report.meta.period.vaccination_from, lang);
    let note = report.note(Metric::VaccinationTrained).map(|n| n.number);
    let t = texts(lang);
    let why = if n == 0 {
        let note = note.map(|k| fill(t.note_after_sentence, &[("number", &k)]));
        fill(
            t.trained_none,
            &[("from", &from), ("note", &note.unwrap_or_default())],
        )
    } else {
        let note = note.map(|k| fill(t.note_after_phrase, &[("number", &k)]));
        fill(
            t.trained_some,
            &[("from", &from), ("note", &note.unwrap_or_default())],
        )
    };
    fill(
        t.trained_nurses,
        &[("count", &format_count(n)), ("why", &why)],
    )
}

//! The 出典・注記 (sources and notes) view: the notice, the period, notes 1-3, the four
//! caveats and the notice's national figures, in full.

use egui::RichText;

use crate::dashboard::provenance;
use crate::lang::Lang;
use crate::report::Report;
use crate::texts::format_date;
use crate::texts::{fill, texts};

/// The sources-and-notes window; `open` is cleared when the user closes it.
pub fn window(ctx: &egui::Context, report: &Report, lang: Lang, open: &mut bool) {
    let m = &report.meta;
    egui::Window::new(texts(lang).sources.sources_and_notes)
        .id(egui::Id::unique("sources_window"))
        .open(open)
        .default_width(620.0)
        .max_height(560.0)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.label(RichText::new(m.title.get(lang)).strong());
                ui.add_space(4.0);
                ui.label(RichText::new(texts(lang).sources.source).strong());
                let t = texts(lang);
                let issuers: Vec<&str> = m.source.issuers.iter().map(|i| i.get(lang)).collect();
                let values: [(&str, &dyn std::fmt::Display); 5] = [
                    ("document", &m.source.document.get(lang)),
                    ("date", &lang.pick(&m.source.date_text, &m.source.date)),
                    ("issuers", &issuers.join(t.sources.issuers_separator)),
                    ("title", &m.source.notice_title.get(lang)),
                    ("attachment", &m.source.attachment_number()),
                ];
                if m.imported_from.is_some() {
                    // The table is the imported one; the notice gives the rest, not the table.
                    ui.label(crate::dashboard::source::source_line(report, lang));
                    ui.label(fill(t.sources.source_document_of_contacts, &values));
                } else {
                    ui.label(fill(t.sources.source_document, &values));
                }
                ui.add_space(4.0);
                ui.label(RichText::new(texts(lang).sources.period).strong());
                ui.label(m.period.text.get(lang));
                let p = &m.period;
                let detail = fill(
                    t.sources.period_detail,
                    &[
                        ("from", &format_date(&p.from, lang)),
                        ("to", &format_date(&p.to, lang)),
                        ("vaccination_from", &format_date(&p.vaccination_from, lang)),
                        (
                            "employed_from",
                            &format_date(&p.vaccination_employed_from, lang),
                        ),
                    ],
                );
                ui.label(if report.notes_are_another_tables() {
                    fill(
                        t.sources.period_detail_of_table,
                        &[
                            ("date", &format_date(report.notes_date(), lang)),
                            ("detail", &detail),
                        ],
                    )
                } else {
                    detail
                });
                ui.label(m.compiled.text.get(lang));
                ui.add_space(4.0);
                ui.label(RichText::new(provenance::notes_heading(report, lang)).strong());
                for n in &m.notes {
                    ui.label(format!(
                        "{} — {}",
                        n.column.label(lang),
                        provenance::note_line(report, n, lang)
                    ));
                }
                ui.add_space(4.0);
                ui.label(RichText::new(provenance::caveats_heading(report, lang)).strong());
                for c in &m.caveats {
                    ui.label(fill(t.window.bullet, &[("item", &c.get(lang))]));
                }
                ui.add_space(4.0);
                ui.label(
                    RichText::new(texts(lang).sources.national_figures_in_the_notice).strong(),
                );
                for f in &m.national_figures {
                    let line = provenance::national_figure_line(report, f, lang);
                    ui.label(fill(t.window.bullet, &[("item", &line)]));
                    let quote = provenance::national_figure_quote(report, f, lang);
                    ui.label(RichText::new(quote).small().weak());
                }
            });
        });
}

//! The 出典・注記 (sources and notes) view: the notice, the period, notes 1-3, the four
//! caveats and the notice's national figures, in full.

use egui::RichText;

use crate::dashboard::format::{as_of, format_date, format_qualified};
use crate::dashboard::texts::texts;
use crate::lang::Lang;
use crate::report::Report;

/// The sources-and-notes window; `open` is cleared when the user closes it.
pub fn window(ctx: &egui::Context, report: &Report, lang: Lang, open: &mut bool) {
    let m = &report.meta;
    egui::Window::new(texts(lang).sources_and_notes)
        .id(egui::Id::unique("sources_window"))
        .open(open)
        .default_width(620.0)
        .max_height(560.0)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.label(RichText::new(m.title.get(lang)).strong());
                ui.add_space(4.0);
                ui.label(RichText::new(texts(lang).source).strong());
                let issuers: Vec<&str> = m.source.issuers.iter().map(|i| i.get(lang)).collect();
                ui.label(format!(
                    "{} {}（{}）{} {}",
                    m.source.document.get(lang),
                    match lang {
                        Lang::Ja => m.source.date_text.clone(),
                        Lang::En => m.source.date.clone(),
                    },
                    issuers.join("・"),
                    m.source.notice_title.get(lang),
                    m.source.attachment
                ));
                ui.add_space(4.0);
                ui.label(RichText::new(texts(lang).period).strong());
                ui.label(m.period.text.get(lang));
                ui.label(match lang {
                    Lang::Ja => format!(
                        "{}〜{}。ワクチン関連の求人は{}以降、ワクチン接種業務の就業者は{}以降",
                        format_date(&m.period.from, lang),
                        format_date(&m.period.to, lang),
                        format_date(&m.period.vaccination_from, lang),
                        format_date(&m.period.vaccination_employed_from, lang)
                    ),
                    Lang::En => format!(
                        "{} to {}. Vaccination openings from {}, employed in vaccination work from {}",
                        m.period.from, m.period.to, m.period.vaccination_from, m.period.vaccination_employed_from
                    ),
                });
                ui.label(m.compiled.text.get(lang));
                ui.add_space(4.0);
                ui.label(RichText::new(texts(lang).notes).strong());
                for n in &m.notes {
                    ui.label(format!("{}: {} — {}", n.number, n.column.label(lang), n.text.get(lang)));
                }
                ui.add_space(4.0);
                ui.label(RichText::new(texts(lang).caveats).strong());
                for c in &m.caveats {
                    ui.label(format!("・{}", c.get(lang)));
                }
                ui.add_space(4.0);
                ui.label(RichText::new(texts(lang).national_figures_in_the_notice).strong());
                for f in &m.national_figures {
                    let mut t = format!(
                        "・{}: {}",
                        f.label.get(lang),
                        format_qualified(f.value, f.qualifier, f.unit.get(lang), lang)
                    );
                    if let Some(d) = &f.as_of {
                        t.push_str(&as_of(d, lang));
                    }
                    ui.label(t);
                    ui.label(RichText::new(format!("「{}」", f.quote)).small().weak());
                }
            });
        });
}

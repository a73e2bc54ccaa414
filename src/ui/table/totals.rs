//! The table's pinned totals: the published 計 and, with a filter on, the sum of the rows shown
//! (derived); a published total that differs from the sum is marked.

use egui::{Align, Layout, RichText};

use super::cells::{change_cell, derived_cell, number, per_capita_cell, table_builder};
use crate::dashboard::ViewContext;
use crate::dashboard::columns::Column as Col;
use crate::report::Figures;
use crate::texts::format_count;
use crate::texts::{fill, texts};
use crate::ui::text_cache::{self, Texts};
use crate::ui::theme;

pub(super) fn totals_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, cols: &[(Col, f32)]) {
    let (report, earlier) = (cx.report, cx.earlier);
    let (scale, lang) = (cx.scale(), cx.lang());
    ui.separator();
    let summed_all = report.summed();
    let rows: Vec<&crate::report::PrefectureRow> = cx.shown_rows().collect();
    // The same prefectures' sum in the earlier report (derived), for the filtered sum's change.
    let (filtered_sum, earlier_sum) = crate::dashboard::table_text::shown_sums(&rows, earlier);
    let n = if cx.filtered() { 2 } else { 1 };
    let ctx = ui.ctx().clone();
    text_cache::with(&ctx, |kept| {
        table_builder(ui, cols, "totals_table")
            .vscroll(false)
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, n, |mut row| {
                    let published = row.index() == 0;
                    let figures = if published {
                        Some(report.total)
                    } else {
                        filtered_sum
                    };
                    for &(col, _) in cols {
                        row.col(|ui| match col {
                            Col::Code => {
                                if published {
                                    ui.label("00");
                                }
                            }
                            Col::Name => {
                                let t = if published {
                                    texts(lang).table.total
                                } else {
                                    texts(lang).filter.filtered_sum
                                };
                                let hover = if published {
                                    crate::dashboard::provenance::total_help(report, lang)
                                } else {
                                    texts(lang).filter.filtered_sum_help.to_owned()
                                };
                                let mut rich = RichText::new(t).strong();
                                if !published {
                                    rich = rich.italics().color(theme::palette(ui).derived);
                                }
                                ui.label(rich).on_hover_text(hover);
                            }
                            Col::Figure(m) if scale.is_derived() => {
                                scaled_total(ui, kept, cx, figures, (m, published));
                            }
                            Col::Figure(m) => {
                                let Some(f) = figures else {
                                    number(ui, kept, RichText::new("—"));
                                    return;
                                };
                                let v = f.get(m);
                                let mut rich = RichText::new(format_count(v)).strong();
                                if !published {
                                    rich = rich.italics().color(theme::palette(ui).derived);
                                }
                                let sum = summed_all.map(|s| s.get(m));
                                if published && sum != Some(v) {
                                    let sum_text = sum.map_or_else(|| "—".to_owned(), format_count);
                                    let mark = RichText::new(format!("！{}", format_count(v)))
                                        .strong()
                                        .color(theme::palette(ui).mismatch);
                                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                                        ui.label(mark).on_hover_text(fill(
                                            texts(lang).table.total_differs,
                                            &[("sum", &sum_text)],
                                        ));
                                    });
                                } else {
                                    number(ui, kept, rich);
                                }
                            }
                            Col::SeekersPerOpening | Col::VaccinationShare => {
                                if let Some(f) = figures {
                                    derived_cell(ui, kept, col, &f);
                                }
                            }
                            Col::Change(m) => {
                                let old = if published {
                                    earlier.map(|e| e.total)
                                } else {
                                    earlier_sum
                                };
                                if let Some(f) = figures {
                                    change_cell(ui, kept, &f, old.as_ref(), m, lang);
                                }
                            }
                            Col::Phone => {}
                        });
                    }
                });
            });
    });
}

/// A total on a derived scale (per 100,000 people): the published 計 on the national
/// population, the filtered sum on the shown prefectures' population.
fn scaled_total(
    ui: &mut egui::Ui,
    kept: &mut Texts<'_>,
    cx: &ViewContext<'_>,
    figures: Option<Figures>,
    (m, published): (crate::report::Metric, bool),
) {
    let scale = cx.scale();
    let Some(f) = figures else {
        number(ui, kept, RichText::new("—"));
        return;
    };
    let codes = cx.shown_rows().map(|r| r.code);
    let (v, people) = if published {
        (scale.amount(None, &f, m), Some(crate::census::NATIONAL))
    } else {
        let people = codes
            .clone()
            .try_fold(0_u32, |a, c| a.checked_add(crate::census::population(c)?));
        (scale.amount_of_sum(&f, codes, m), people)
    };
    per_capita_cell(ui, kept, v, f.get(m), people, cx.lang());
}

//! The floor the benchmarks measure the dashboard against: a plain frame of the same shape
//! (a side panel of labels, an `egui_extras` table of N rows x 10 columns, an `egui_plot` bar
//! chart of N bars, the same font), written with stock widgets and no logic.

use egui_extras::{Column, TableBuilder};
use egui_plot::{Bar, BarChart, Plot};

/// A plain dashboard-shaped frame over `n` rows of numbers.
pub struct Floor {
    names: Vec<String>,
    values: Vec<[u32; 8]>,
}

impl Floor {
    /// A floor of `n` rows.
    pub fn new(n: usize) -> Self {
        let names = (0..n).map(|i| format!("県{i:04}")).collect();
        let values = (0..n)
            .map(|i| {
                let v = u32::try_from(i).unwrap_or(0);
                [
                    v,
                    v.wrapping_mul(3),
                    v.wrapping_mul(7),
                    v % 13,
                    v % 17,
                    v % 19,
                    v % 23,
                    v % 29,
                ]
            })
            .collect();
        Self { names, values }
    }

    /// One frame: side panel, table beside chart.
    pub fn ui(&self, ui: &mut egui::Ui) {
        egui::Panel::right("floor_side")
            .default_size(350.0)
            .show(ui, |ui| {
                for i in 0..20 {
                    ui.label(format!("ラベル {i}: 03-5309-2065"));
                }
            });
        egui::Panel::left("floor_table")
            .default_size(560.0)
            .show(ui, |ui| {
                TableBuilder::new(ui)
                    .striped(true)
                    .columns(Column::exact(60.0), 10)
                    .header(20.0, |mut h| {
                        for c in 0..10 {
                            h.col(|ui| {
                                ui.strong(format!("列{c}"));
                            });
                        }
                    })
                    .body(|body| {
                        body.rows(20.0, self.names.len(), |mut row| {
                            let i = row.index();
                            let (Some(name), Some(v)) = (self.names.get(i), self.values.get(i))
                            else {
                                return;
                            };
                            row.col(|ui| {
                                ui.label(format!("{i:02}"));
                            });
                            row.col(|ui| {
                                ui.label(name);
                            });
                            for x in v {
                                row.col(|ui| {
                                    ui.label(x.to_string());
                                });
                            }
                        });
                    });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let bars = self
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| Bar::new(i as f64, f64::from(v[0])))
                .collect();
            Plot::new("floor_plot").show(ui, |p| {
                p.bar_chart(BarChart::new("floor", bars).horizontal());
            });
        });
    }
}

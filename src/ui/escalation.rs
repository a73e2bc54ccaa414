//! The escalation steps as a checklist (ticks kept per prefecture), and Key-Net's usage flow.

use egui::RichText;

use crate::dashboard::{Choice, Command, State};
use crate::lang::Lang;
use crate::report::{Actor, FlowStage, Report};
use crate::texts::{fill, texts};

/// The checklist for the selected prefecture (or the national view), grouped by who acts
/// (the health departments, then the venue operators), each step's role said once.
pub fn checklist_ui(ui: &mut egui::Ui, state: &State, report: &Report, out: &mut Vec<Command>) {
    let lang = state.lang;
    for actor in [Actor::HealthDepartment, Actor::Operator] {
        let steps: Vec<_> = report
            .escalation
            .iter()
            .filter(|s| s.actor == actor)
            .collect();
        if steps.is_empty() {
            continue;
        }
        ui.add_space(4.0);
        // The steps keep the notice's numbers; the heading says which are this group's, so
        // that 1, 5, 2… does not read as steps missing.
        let t = texts(lang);
        let numbers: Vec<String> = steps.iter().map(|s| s.number.to_string()).collect();
        let heading = fill(
            t.side.steps_of,
            &[
                ("actor", &actor.label(lang)),
                ("numbers", &numbers.join(t.window.list_separator)),
            ],
        );
        ui.label(RichText::new(heading).strong());
        for step in steps {
            let mut on = state.is_ticked(step.number);
            let text = format!("{}. {}", step.number, step.role.get(lang));
            if ui.checkbox(&mut on, RichText::new(text).strong()).changed() {
                out.push(Command::Choice(Choice::Tick {
                    step: step.number,
                    on,
                }));
            }
            ui.indent(("step", step.number), |ui| {
                ui.label(step.action.get(lang));
                let whom =
                    crate::dashboard::routes::whom(report, state.selected, &step.contacts, lang);
                if !whom.is_empty() {
                    let t = texts(lang);
                    ui.label(format!(
                        "{}{}",
                        t.side.contact,
                        whom.join(t.window.list_separator)
                    ));
                }
            });
        }
    }
}

/// Key-Net's six-step usage flow.
pub fn key_net_flow_ui(ui: &mut egui::Ui, report: &Report, lang: Lang) {
    {
        {
            for step in &report.key_net_flow {
                let t = texts(lang);
                let stage = match step.stage {
                    FlowStage::Now => t.side.flow_now,
                    FlowStage::Later => t.side.flow_later,
                };
                ui.label(fill(
                    t.side.flow_step,
                    &[
                        ("number", &step.number),
                        ("stage", &stage),
                        ("text", &step.text.get(lang)),
                    ],
                ));
                for link in &step.links {
                    ui.indent(("flow_link", step.number, &link.url), |ui| {
                        ui.hyperlink_to(link.label.get(lang), &link.url)
                            .on_hover_text(&link.url);
                    });
                }
            }
        }
    }
}

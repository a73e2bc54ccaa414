use super::*;

use egui::{Color32, FontId, RawInput};

/// One frame of `ctx` (egui runs a second pass where the first one asks for it).
fn pass(ctx: &egui::Context, mut f: impl FnMut(&mut egui::Ui)) -> egui::FullOutput {
    let mut out = ctx.run_ui(RawInput::default(), |ui| f(ui));
    // No renderer takes the font atlas's pictures here.
    out.textures_delta.clear();
    out
}

/// How full egui's glyph atlas is.
#[expect(
    clippy::redundant_closure_for_method_calls,
    reason = "the method alone is not general enough over the view's lifetime"
)]
fn atlas_fill(ctx: &egui::Context) -> f32 {
    ctx.fonts(|f| f.font_atlas_fill_ratio())
}

fn kept(ctx: &egui::Context, text: &str) -> Arc<Galley> {
    with(ctx, |t| {
        t.no_wrap(ctx, text, FontId::proportional(14.0), Color32::PLACEHOLDER)
    })
}

fn fresh(ctx: &egui::Context, text: &str) -> Arc<Galley> {
    ctx.fonts_mut(|f| {
        f.layout_no_wrap(
            text.to_owned(),
            FontId::proportional(14.0),
            Color32::PLACEHOLDER,
        )
    })
}

/// A text shown, then not for a pass (the cache used for others), then again: kept, where
/// egui has laid it out anew.
#[test]
fn a_text_is_kept_across_passes_that_do_not_show_it() {
    let ctx = egui::Context::default();
    let mut first = None;
    pass(&ctx, |_| first = Some(kept(&ctx, "東京都 1,234")));
    pass(&ctx, |_| {
        kept(&ctx, "大阪府");
    });
    pass(&ctx, |_| {
        let again = kept(&ctx, "東京都 1,234");
        let first = first.as_ref().unwrap();
        assert!(Arc::ptr_eq(first, &again), "kept");
        assert!(
            !Arc::ptr_eq(first, &fresh(&ctx, "東京都 1,234")),
            "egui forgot it"
        );
        assert_eq!(again.text(), "東京都 1,234");
    });
}

/// Texts of another colour, font or size are other galleys; one text asked twice in a pass is
/// one galley.
#[test]
fn a_galley_is_kept_for_its_whole_layout() {
    let ctx = egui::Context::default();
    pass(&ctx, |_| {
        with(&ctx, |t| {
            let red = t.no_wrap(&ctx, "830", FontId::proportional(14.0), Color32::RED);
            let again = t.no_wrap(&ctx, "830", FontId::proportional(14.0), Color32::RED);
            let blue = t.no_wrap(&ctx, "830", FontId::proportional(14.0), Color32::BLUE);
            let larger = t.no_wrap(&ctx, "830", FontId::proportional(15.0), Color32::RED);
            let mono = t.no_wrap(&ctx, "830", FontId::monospace(14.0), Color32::RED);
            assert!(Arc::ptr_eq(&red, &again));
            for other in [&blue, &larger, &mono] {
                assert!(!Arc::ptr_eq(&red, other));
                assert_eq!(other.text(), "830");
            }
            assert_eq!(blue.job.sections[0].format.color, Color32::BLUE);
            assert!(larger.size().y > red.size().y);
        });
    });
}

/// When egui empties its glyph atlas (it filled up), every kept galley is dropped: the text
/// comes back laid out anew, in the new atlas.
#[test]
fn an_emptied_glyph_atlas_drops_every_kept_galley() {
    let ctx = egui::Context::default();
    let mut first = None;
    pass(&ctx, |_| first = Some(kept(&ctx, "北海道 2,000")));
    // Fill the atlas past egui's limit with large letters.
    pass(&ctx, |_| {
        kept(&ctx, "keep the cache in use");
        let mut size = 40.0;
        while atlas_fill(&ctx) <= 0.8 && size < 2000.0 {
            let text: String = ('!'..='~').collect();
            ctx.fonts_mut(|f| f.layout_no_wrap(text, FontId::proportional(size), Color32::WHITE));
            size += 7.0;
        }
        assert!(atlas_fill(&ctx) > 0.8, "the atlas filled");
    });
    pass(&ctx, |_| {
        assert!(
            atlas_fill(&ctx) < 0.5,
            "egui emptied it at the start of the pass"
        );
        let again = kept(&ctx, "北海道 2,000");
        assert!(!Arc::ptr_eq(first.as_ref().unwrap(), &again), "dropped");
        with(&ctx, |t| assert_eq!(t.cache.as_ref().unwrap().len(), 1));
    });
}

/// A pass that does not use the cache lets egui forget the witness, and a new scale (another
/// screen) gives a new one: either way nothing laid out before is handed out again.
#[test]
fn a_pass_without_the_cache_or_a_new_scale_starts_it_afresh() {
    let ctx = egui::Context::default();
    let mut first = None;
    pass(&ctx, |_| first = Some(kept(&ctx, "計 9,828")));
    pass(&ctx, |_| {});
    pass(&ctx, |_| {
        assert!(!Arc::ptr_eq(
            first.as_ref().unwrap(),
            &kept(&ctx, "計 9,828")
        ));
    });
    let mut second = None;
    pass(&ctx, |_| second = Some(kept(&ctx, "計 9,828")));
    ctx.set_pixels_per_point(2.0);
    pass(&ctx, |_| {
        let again = kept(&ctx, "計 9,828");
        assert!(!Arc::ptr_eq(second.as_ref().unwrap(), &again));
        assert!((again.pixels_per_point - 2.0).abs() < f32::EPSILON);
    });
}

/// Galleys not used for `KEEP_PASSES` passes go; those in use stay; past `MAX_KEPT` only
/// the last two passes' stay.
#[test]
fn long_unused_galleys_are_forgotten() {
    let ctx = egui::Context::default();
    pass(&ctx, |_| {
        kept(&ctx, "old");
    });
    let count = |ctx: &egui::Context| with(ctx, |t| t.cache.as_ref().unwrap().len());
    for _ in 0..KEEP_PASSES {
        pass(&ctx, |_| {
            kept(&ctx, "in use");
        });
    }
    pass(&ctx, |_| assert_eq!(count(&ctx), 2, "kept for KEEP_PASSES"));
    for _ in 0..64 {
        pass(&ctx, |_| {
            kept(&ctx, "in use");
        });
    }
    pass(&ctx, |_| assert_eq!(count(&ctx), 1, "the old one gone"));
    pass(&ctx, |_| {
        for i in 0..=MAX_KEPT {
            kept(&ctx, &i.to_string());
        }
    });
    pass(&ctx, |_| {
        kept(&ctx, "in use");
        assert!(count(&ctx) > MAX_KEPT, "the pass before's are kept");
    });
    pass(&ctx, |_| {
        assert_eq!(count(&ctx), 1, "past MAX_KEPT: only the pass before's");
    });
}

/// What a label painted: each text's place, layout and colour.
fn painted(out: &egui::FullOutput) -> Vec<(egui::Pos2, LayoutJob, egui::Vec2, Color32)> {
    out.shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::Shape::Text(t) => Some((
                t.pos,
                (*t.galley.job).clone(),
                t.galley.size(),
                t.fallback_color,
            )),
            _ => None,
        })
        .collect()
}

/// A kept label is laid out, placed and painted as egui's own in the layouts the app uses it
/// in: a row, a right-aligned cell that truncates, a column that wraps, a centred one, a
/// wrapping row, with italics and a colour, wrapped as the place says or as asked.
#[test]
fn a_kept_label_is_painted_as_egui_paints_a_label() {
    const MODES: [TextWrapMode; 3] = [
        TextWrapMode::Extend,
        TextWrapMode::Wrap,
        TextWrapMode::Truncate,
    ];
    type Place = fn(&mut egui::Ui, &mut dyn FnMut(&mut egui::Ui));
    let places: [Place; 5] = [
        |ui, f| {
            ui.horizontal(|ui| f(ui));
        },
        |ui, f| {
            ui.allocate_ui(egui::vec2(40.0, 20.0), |ui| {
                ui.style_mut().wrap_mode = Some(TextWrapMode::Truncate);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| f(ui));
            });
        },
        |ui, f| {
            ui.allocate_ui(egui::vec2(60.0, 200.0), |ui| {
                ui.style_mut().wrap_mode = Some(TextWrapMode::Wrap);
                ui.vertical(|ui| f(ui));
            });
        },
        |ui, f| {
            ui.vertical_centered(|ui| f(ui));
        },
        |ui, f| {
            ui.allocate_ui(egui::vec2(120.0, 200.0), |ui| {
                ui.horizontal_wrapped(|ui| f(ui));
            });
        },
    ];
    let texts = || {
        [
            egui::RichText::new("北海道 1,234,567 求職者数"),
            egui::RichText::new("▼−12")
                .italics()
                .strong()
                .color(Color32::RED),
            egui::RichText::new("6.1").italics().size(11.0),
        ]
    };
    for place in places {
        let mut rects = (Vec::new(), Vec::new());
        let ours = pass(&egui::Context::default(), |ui| {
            rects.0.clear();
            with(&ui.ctx().clone(), |t| {
                place(ui, &mut |ui| {
                    for text in texts() {
                        rects.0.push(t.label(ui, text.clone()).rect);
                        for mode in MODES {
                            rects
                                .0
                                .push(t.label_wrapping(ui, text.clone(), Some(mode)).rect);
                        }
                    }
                });
            });
        });
        let egui_s = pass(&egui::Context::default(), |ui| {
            rects.1.clear();
            place(ui, &mut |ui| {
                for text in texts() {
                    rects.1.push(ui.label(text.clone()).rect);
                    for mode in MODES {
                        let label = egui::Label::new(text.clone()).wrap_mode(mode);
                        rects.1.push(ui.add(label).rect);
                    }
                }
            });
        });
        let (ours, theirs) = (painted(&ours), painted(&egui_s));
        // (A label out of its narrow cell is not painted.)
        assert!(!ours.is_empty());
        assert_eq!(ours, theirs);
        assert_eq!(rects.0, rects.1, "the same places taken");
    }
}

/// A label in a wrapping row (after other widgets, on over the row's end) is kept too: it comes
/// back as the same galley after a pass that did not show it, where egui lays it out anew, and
/// says its text to a screen reader as egui's label does.
#[test]
fn a_label_in_a_wrapping_row_is_kept() {
    let ctx = egui::Context::default();
    let text = "表示中 86 / 2,000 件（人口10万人当たり、計算値）";
    let row = |ui: &mut egui::Ui, show: bool| -> Option<Arc<Galley>> {
        let mut galley = None;
        ui.allocate_ui(egui::vec2(160.0, 200.0), |ui| {
            ui.horizontal_wrapped(|ui| {
                let _ = ui.button("検索");
                if show {
                    with(&ui.ctx().clone(), |t| {
                        t.label(ui, text);
                        galley = t.cache.as_deref_mut().and_then(|c| {
                            c.kept
                                .values()
                                .find(|k| k.job.text == text)
                                .map(|k| Arc::clone(&k.galley))
                        });
                    });
                } else {
                    with(&ui.ctx().clone(), |t| {
                        t.label(ui, "大阪府");
                    });
                }
            });
        });
        galley
    };
    let mut first = None;
    pass(&ctx, |ui| first = row(ui, true));
    let first = first.expect("kept");
    assert!(first.rows.len() > 1, "wraps on over the row's end");
    assert!(
        first.job.sections[0].leading_space > 0.0,
        "starts after the button"
    );
    pass(&ctx, |ui| {
        row(ui, false);
    });
    pass(&ctx, |ui| {
        let again = row(ui, true).expect("kept");
        assert!(
            Arc::ptr_eq(&first, &again),
            "the same galley, not laid out anew"
        );
    });
    ctx.enable_accesskit();
    let out = pass(&ctx, |ui| {
        row(ui, true);
    });
    let update = out.platform_output.accesskit_update.expect("a tree");
    let labels: Vec<_> = update
        .nodes
        .iter()
        .filter(|(_, n)| n.role() == egui::accesskit::Role::Label)
        .filter_map(|(_, n)| n.value().or(n.label()).map(str::to_owned))
        .collect();
    assert_eq!(labels, [text]);
}

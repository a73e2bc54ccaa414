//! The tile map: the 47 prefectures as equal squares (the カラム地図 layout), each with its short
//! name and its figure, coloured on a colour-blind-safe sequential scale (`ColorBrewer` `YlGnBu`)
//! with a legend of its class breaks; zero and "no value" apart from small values; the
//! selected prefecture outlined, those the filter leaves out greyed. A tile is a button: click
//! or Enter selects, the arrow keys move to the next tile; hover gives the figure and rank.

use egui::{Align2, Color32, FontId, Rect, RichText, Sense, Stroke, pos2, vec2};

use crate::dashboard::map::{Class, Direction, MapData, MapMetric, Tile, neighbour, tile_label};
use crate::dashboard::source::footer;
use crate::dashboard::{Action, Choice, Command, State, ViewContext};
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::texts::{fill, texts};
use crate::ui::{action_button, text_cache, theme};

/// The map with its metric and export controls. Returns the area to export.
pub fn map_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    data: &MapData,
    out: &mut Vec<Command>,
) -> Rect {
    let (state, lang) = (cx.state, cx.lang());
    let t = texts(lang);
    ui.horizontal_wrapped(|ui| {
        ui.add(egui::Label::new(t.chart.metric).extend());
        for m in MapMetric::all() {
            let mut text = RichText::new(m.label(lang));
            if m.is_derived() {
                text = text.italics();
            }
            if ui.selectable_label(state.map_metric == m, text).clicked() {
                out.push(Command::Choice(Choice::SetMapMetric(m)));
            }
        }
        ui.separator();
        let label = ui.add(egui::Label::new(t.map.scale_label).extend());
        egui::ComboBox::from_id_salt("map_scale")
            .selected_text(fill(t.map.scale, &[("scale", &state.map_scale)]))
            .show_ui(ui, |ui| {
                for scale in [1_u8, 2] {
                    let text = fill(t.map.scale, &[("scale", &scale)]);
                    if ui
                        .selectable_label(state.map_scale == scale, text)
                        .clicked()
                    {
                        out.push(Command::Choice(Choice::SetMapScale(scale)));
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(t.map.scale_help);
        out.extend(action_button(ui, Action::ExportMap, cx));
        out.extend(action_button(ui, Action::CopyMap, cx));
        out.extend(action_button(ui, Action::ExportPack, cx));
    });
    body_ui(ui, cx, data, out, true)
}

/// What is exported as on screen: the title, the summary, the legend, the tiles and, with
/// `with_footer`, the lines under them (the filter, the period, the source with the date: a
/// briefing pack's page carries them in its own footer). Returns its area.
pub fn body_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    data: &MapData,
    out: &mut Vec<Command>,
    with_footer: bool,
) -> Rect {
    let (state, report, lang) = (cx.state, cx.report, cx.lang());
    egui::Frame::new()
        .inner_margin(6.0)
        .show(ui, |ui| {
            // Kept across passes: a keystroke in the search box brings the titles back.
            let wrap = Some(egui::TextWrapMode::Wrap);
            let ctx = ui.ctx().clone();
            text_cache::with(&ctx, |kept| {
                let title = RichText::new(&data.title).strong().size(15.0);
                kept.label_wrapping(ui, title, wrap);
                kept.label_wrapping(ui, RichText::new(&data.summary).weak(), wrap);
            });
            legend_ui(ui, data, lang);
            let lines = footer(state, report, None, data.scale);
            let footer = lines.join(texts(lang).window.list_separator);
            let footer_height = if with_footer { 34.0 } else { 0.0 };
            let room = vec2(
                ui.available_width(),
                (ui.available_height() - footer_height).max(7.0 * MIN_TILE),
            );
            tiles_ui(ui, state, data, room, out);
            if with_footer {
                text_cache::with(&ctx, |kept| {
                    kept.label_wrapping(ui, RichText::new(footer).small(), wrap);
                });
            }
        })
        .response
        .rect
}

/// The smallest tile, in points: two lines of 9-point text.
const MIN_TILE: f32 = 34.0;
/// The tallest tile: the map no larger than it need be on a big screen.
const MAX_TILE: f32 = 96.0;
/// How much wider than tall a tile grows where the view is wide (room for long English names).
const MAX_ASPECT: f32 = 1.8;
/// The names and figures on the tiles: the body text's size at least.
const TILE_TEXT: f32 = 13.0;
/// The space between tiles.
const GAP: f32 = 3.0;

/// The fill of a class, and the colour of the text on it.
fn colours(class: Class, steps: usize) -> (Color32, Color32) {
    match class {
        Class::NotCounted | Class::Zero => (Color32::WHITE, theme::PRINT_INK),
        Class::Step(k) => {
            // Spread the classes there are over the five colours, lightest first.
            let at = if steps <= 1 {
                theme::MAP_SCALE.len().saturating_sub(1) / 2
            } else {
                k.saturating_mul(theme::MAP_SCALE.len().saturating_sub(1))
                    .checked_div(steps.saturating_sub(1))
                    .unwrap_or(0)
            };
            let fill = theme::MAP_SCALE
                .get(at)
                .copied()
                .unwrap_or(theme::MAP_SCALE[0]);
            let text = if at >= 3 {
                Color32::WHITE
            } else {
                theme::PRINT_INK
            };
            (fill, text)
        }
    }
}

/// Paints a swatch or a tile's background: the class's fill; zero outlined; "no value"
/// hatched, so neither reads as a small value.
fn paint_class(painter: &egui::Painter, rect: Rect, class: Class, steps: usize) {
    let (fill, _) = colours(class, steps);
    painter.rect_filled(rect, 2.0, fill);
    match class {
        Class::Zero => {
            painter.rect_stroke(
                rect,
                2.0,
                Stroke::new(1.0, theme::MAP_EMPTY_LINE),
                egui::StrokeKind::Inside,
            );
        }
        Class::NotCounted => {
            let clip = painter.with_clip_rect(rect);
            let step = 6.0;
            let mut x = rect.left() - rect.height();
            while x < rect.right() {
                clip.line_segment(
                    [pos2(x, rect.bottom()), pos2(x + rect.height(), rect.top())],
                    Stroke::new(1.0, theme::MAP_EMPTY_LINE),
                );
                x += step;
            }
            painter.rect_stroke(
                rect,
                2.0,
                Stroke::new(1.0, theme::MAP_EMPTY_LINE),
                egui::StrokeKind::Inside,
            );
        }
        Class::Step(_) => {}
    }
}

/// The legend: a swatch and the range of each class, in one wrapped row.
fn legend_ui(ui: &mut egui::Ui, data: &MapData, lang: Lang) {
    let steps = data.breaks.len();
    // Kept across passes: a keystroke in the search box brings the filtered-out swatch's
    // words back.
    let ctx = ui.ctx().clone();
    ui.horizontal_wrapped(|ui| {
        text_cache::with(&ctx, |kept| {
            let heading = fill(
                texts(lang).map.legend_label,
                &[("metric", &data.metric.label(lang))],
            );
            kept.label(ui, RichText::new(heading).size(12.0));
            for (class, text) in &data.legend {
                let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
                paint_class(ui.painter(), rect, *class, steps);
                kept.label(ui, RichText::new(text).size(12.0));
            }
            if data.tiles.iter().any(|x| !x.shown) {
                let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
                ui.painter().rect_filled(rect, 2.0, theme::MAP_FILTERED_OUT);
                let words = texts(lang).map.filtered_out.trim();
                kept.label(ui, RichText::new(words).size(12.0));
            }
        });
    });
}

/// The id of a prefecture's tile.
pub fn tile_id(code: PrefectureCode) -> egui::Id {
    egui::Id::unique(("map_tile", code.0))
}

/// The 7x7 tiles in `room`: buttons, each named with its prefecture and figure.
fn tiles_ui(
    ui: &mut egui::Ui,
    state: &State,
    data: &MapData,
    room: egui::Vec2,
    out: &mut Vec<Command>,
) {
    let lang = state.lang;
    // The tiles take the room there is: as tall as the height allows, wider where the view is
    // wide, so that the map fills the view rather than a square in its corner.
    let height = (room.y / 7.0 - GAP).clamp(MIN_TILE, MAX_TILE);
    let width = (room.x / 7.0 - GAP).clamp(MIN_TILE, height * MAX_ASPECT);
    let side = height;
    let extent = vec2(7.0 * (width + GAP), 7.0 * (height + GAP));
    let (area, response) = ui.allocate_exact_size(extent, Sense::hover());
    let steps = data.breaks.len();
    let name_font = FontId::proportional((side * 0.2).clamp(TILE_TEXT, 16.0));
    let value_font = FontId::proportional((side * 0.24).clamp(TILE_TEXT, 19.0));
    let arrows = ui.input(|i| {
        [
            (egui::Key::ArrowUp, Direction::Up),
            (egui::Key::ArrowDown, Direction::Down),
            (egui::Key::ArrowLeft, Direction::Left),
            (egui::Key::ArrowRight, Direction::Right),
        ]
        .into_iter()
        .filter(|(k, _)| i.key_pressed(*k))
        .map(|(_, d)| d)
        .collect::<Vec<_>>()
    });
    let mut focus_to = None;
    // One Tab stop for the map, not 47: the tile with the focus, else the selected one, else
    // 北海道; the arrow keys move from it to the others (a roving tab stop).
    let focused = ui.memory(egui::Memory::focused);
    let stop = data
        .tiles
        .iter()
        .map(|t| t.code)
        .find(|&c| Some(tile_id(c)) == focused)
        .or(state.selected)
        .unwrap_or(PrefectureCode(1));
    for tile in &data.tiles {
        let (r, c) = tile.at;
        let rect = Rect::from_min_size(
            pos2(
                area.min.x + c as f32 * (width + GAP),
                area.min.y + r as f32 * (height + GAP),
            ),
            vec2(width, height),
        );
        let id = tile_id(tile.code);
        let sense = if tile.code == stop {
            Sense::click()
        } else {
            Sense::CLICK
        };
        let tile_response = ui.interact(rect, id, sense);
        let selected = state.selected == Some(tile.code);
        // A tile the filter leaves out says so, to the eye on hover and to the ear in its name.
        let label = if tile.shown {
            tile_label(data, tile, lang)
        } else {
            format!(
                "{}{}",
                tile_label(data, tile, lang),
                texts(lang).map.filtered_out
            )
        };
        tile_response.widget_info(|| {
            egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, selected, &label)
        });
        // The arrow keys are the map's own while a tile has the focus.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        if tile_response.has_focus() {
            for &dir in &arrows {
                let from = focus_to.unwrap_or(tile.code);
                focus_to = neighbour(from, dir).or(Some(from));
            }
        }
        paint_tile(
            ui.painter(),
            rect,
            tile,
            (steps, selected),
            (&name_font, &value_font),
        );
        if tile_response.on_hover_text(label).clicked() {
            out.push(Command::Choice(Choice::Select(Some(tile.code))));
        }
    }
    // Arrows with nothing focused start on the selected tile (or 北海道).
    let nothing_focused = ui.memory(|m| m.focused().is_none());
    if nothing_focused && !arrows.is_empty() {
        focus_to = Some(state.selected.unwrap_or(PrefectureCode(1)));
    }
    if let Some(code) = focus_to {
        ui.memory_mut(|m| m.request_focus(tile_id(code)));
    }
    let label = fill(
        texts(lang).map.label,
        &[("title", &data.title), ("summary", &data.summary)],
    );
    // Through the widget's info, so that the node has the map's bounds too.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Figure, true, &label));
}

/// One tile: its class's fill (grey when filtered out), the short name above the figure, the
/// selected one outlined.
fn paint_tile(
    painter: &egui::Painter,
    rect: Rect,
    tile: &Tile,
    (steps, selected): (usize, bool),
    (name_font, value_font): (&FontId, &FontId),
) {
    let text_colour = if tile.shown {
        paint_class(painter, rect, tile.class, steps);
        colours(tile.class, steps).1
    } else {
        painter.rect_filled(rect, 2.0, theme::MAP_FILTERED_OUT);
        theme::MAP_FILTERED_OUT_TEXT
    };
    let middle = rect.center();
    let line = value_font.size * 0.62;
    // A long name (Kagoshima) in a narrow tile (a small window) is set a little smaller
    // rather than over the tile's edge, never below 11 points.
    let room = rect.width() - 6.0;
    // Laid out without a colour and painted in the tile's: a tile the filter greys out keeps
    // its laid-out text (egui keeps a layout one frame), so typing in the search box does not
    // lay out 47 names and values again.
    let layout = |text: &str, font: FontId| {
        painter.layout_no_wrap(text.to_owned(), font, egui::Color32::PLACEHOLDER)
    };
    let mut name = layout(&tile.short, name_font.clone());
    if name.size().x > room {
        let smaller = FontId::proportional((name_font.size * room / name.size().x).max(11.0));
        name = layout(&tile.short, smaller);
    }
    let value = layout(&tile.text, value_font.clone());
    for (galley, y) in [(name, middle.y - line), (value, middle.y + line)] {
        let at = Align2::CENTER_CENTER
            .anchor_size(pos2(middle.x, y), galley.size())
            .min;
        painter.galley(at, galley, text_colour);
    }
    if selected {
        painter.rect_stroke(
            rect,
            2.0,
            Stroke::new(3.0, theme::BAR_SELECTED),
            egui::StrokeKind::Inside,
        );
    }
}

//! Which panels the trend draws and where: the main chart's (the nation apart as counts), the
//! small multiples (one per prefecture), and the legend of the main chart's lines.

use egui::{FontId, Painter, Pos2, Rect, Stroke, pos2};

use super::draw::{Panel, Series, Style, color, marker};
use crate::dashboard::trend::TrendData;
use crate::lang::Lang;

/// The main chart's panels: per 100,000 people one, the nation with the prefectures' lines;
/// as counts the nation's own, and the prefectures' beside it when there are any.
pub fn main_panels<'a>(data: &'a TrendData, lang: Lang) -> Vec<Panel<'a>> {
    let t = crate::texts::texts(lang);
    let nation = Series {
        line: &data.nation,
        slot: 0,
    };
    let lines = data.lines.iter().enumerate().map(|(i, line)| Series {
        line,
        slot: i.saturating_add(1),
    });
    let panel = |heading: &str, series: Vec<Series<'a>>| Panel {
        heading: heading.to_owned(),
        series,
        tables: &data.tables,
        scale: data.scale,
        small: false,
    };
    if !data.nation_apart() {
        return vec![panel("", std::iter::once(nation).chain(lines).collect())];
    }
    let mut panels = vec![panel(t.trend.nation, vec![nation])];
    if !data.lines.is_empty() {
        panels.push(panel(t.trend.prefectures, lines.collect()));
    }
    panels
}

/// One small panel per prefecture of the small multiples, its name as its heading.
pub fn multiple_panels(data: &TrendData) -> Vec<Panel<'_>> {
    data.multiples
        .iter()
        .map(|line| Panel {
            heading: match line.last() {
                Some((_, value)) => format!("{} {value}", line.name),
                None => line.name.clone(),
            },
            series: vec![Series {
                line,
                slot: usize::from(line.selected),
            }],
            tables: &data.tables,
            scale: data.scale,
            small: true,
        })
        .collect()
}

/// The main panels side by side in `rect` (the nation's a third of the width when apart).
pub fn main_rects(rect: Rect, panels: usize) -> Vec<Rect> {
    if panels < 2 {
        return vec![rect];
    }
    // Too narrow for two side by side (half a page's width): one above the other.
    if rect.width() < 320.0 {
        let split = rect.top() + rect.height() * 0.4;
        return vec![
            Rect::from_min_max(rect.min, pos2(rect.right(), split - 4.0)),
            Rect::from_min_max(pos2(rect.left(), split + 4.0), rect.max),
        ];
    }
    let split = rect.left() + rect.width() * 0.36;
    vec![
        Rect::from_min_max(rect.min, pos2(split - 8.0, rect.bottom())),
        Rect::from_min_max(pos2(split + 8.0, rect.top()), rect.max),
    ]
}

/// The legend: each line's marker and colour with its name, in wrapped rows; gives its height.
pub fn legend(
    painter: &Painter,
    at: Pos2,
    width: f32,
    series: &[Series<'_>],
    style: &Style,
) -> f32 {
    let font = FontId::proportional(style.text);
    let line = style.text * 1.35;
    let size = style.text * 0.6;
    let (mut x, mut y) = (at.x, at.y);
    for s in series {
        let galley = painter.layout_no_wrap(s.line.name.clone(), font.clone(), style.ink);
        let entry = size * 3.0 + 4.0 + galley.size().x + style.text;
        if x > at.x && x + entry > at.x + width {
            x = at.x;
            y += line;
        }
        let mid = y + line / 2.0;
        let color = color(s, style.ink);
        let stroke = if s.line.selected {
            style.line * 1.5
        } else {
            style.line
        };
        painter.line_segment(
            [pos2(x, mid), pos2(x + size * 3.0, mid)],
            Stroke::new(stroke, color),
        );
        marker(painter, pos2(x + size * 1.5, mid), s.slot, size, color);
        let top = mid - galley.size().y / 2.0;
        painter.galley(pos2(x + size * 3.0 + 4.0, top), galley, style.ink);
        x += entry;
    }
    y + line - at.y
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_panels_stand_side_by_side_and_one_above_the_other_when_narrow() {
        let wide = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(900.0, 300.0));
        let [nation, prefectures] = main_rects(wide, 2)[..] else {
            panic!("two rects")
        };
        assert!(nation.right() < prefectures.left() && nation.width() < prefectures.width());
        assert!((nation.height() - 300.0).abs() < 0.01);
        // Half an A4 text width (about 215 points): the nation above, the prefectures under it.
        let half = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(215.0, 300.0));
        let [nation, prefectures] = main_rects(half, 2)[..] else {
            panic!("two rects")
        };
        assert!(nation.bottom() < prefectures.top());
        assert!(
            (nation.width() - 215.0).abs() < 0.01 && (prefectures.width() - 215.0).abs() < 0.01
        );
        assert_eq!(main_rects(half, 1), vec![half]);
    }
}

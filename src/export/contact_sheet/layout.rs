//! Placing text and lines on the page: a column that stacks wrapped text downwards and records
//! what to draw, so that the page can be measured before it is drawn.
//!
//! Coordinates are points from the page's top left corner, y downwards; a text's y is its
//! baseline.

use crate::export::contact_sheet::font::Measure;

/// Something to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// One line of text.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// Drawn heavier (filled and stroked), for headings and phones.
        bold: bool,
        /// The text.
        text: String,
    },
    /// A rectangle's outline (a box, or an empty tick box).
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Line width in points.
        line: f32,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Line width in points.
        line: f32,
    },
}

/// The sizes of one attempt at the page: text sizes and how much room goes between blocks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Body text, points (9 or more unless the page cannot fit otherwise; never below 8).
    pub body: f32,
    /// Small print (footer, service lines), points; never below 8.
    pub small: f32,
    /// Room between blocks, as a share of the full room (1.0 full, 0.0 none).
    pub spacing: f32,
    /// Line height at no spacing, in ems (Japanese needs more than Latin text).
    pub leading: f32,
}

impl Style {
    /// Line height for text of `size` points.
    pub fn line_height(self, size: f32) -> f32 {
        size * (self.leading + 0.12 * self.spacing)
    }

    /// A gap of `full` points at full spacing.
    pub fn gap(self, full: f32) -> f32 {
        full * self.spacing
    }
}

/// The baseline of text of `size` points below the top of its line of height `lh`: the ink
/// (about 0.76 em above the baseline) centred in the line.
fn baseline(lh: f32, size: f32) -> f32 {
    f32::midpoint(lh, size * 0.76)
}

/// A vertical run of text in a band of the page.
pub struct Column<'m, 'f> {
    /// The font.
    pub measure: &'m Measure<'f>,
    /// The sizes.
    pub style: Style,
    /// Left edge.
    pub x: f32,
    /// Width.
    pub width: f32,
    /// The top of what comes next.
    pub y: f32,
    /// What was placed.
    pub ops: Vec<Op>,
}

impl<'m, 'f> Column<'m, 'f> {
    /// An empty column from `y` down.
    pub fn new(measure: &'m Measure<'f>, style: Style, x: f32, width: f32, y: f32) -> Self {
        Self {
            measure,
            style,
            x,
            width,
            y,
            ops: Vec::new(),
        }
    }

    /// Wrapped text at `size`, indented by `indent`.
    pub fn text(&mut self, text: &str, size: f32, bold: bool, indent: f32) {
        let lh = self.style.line_height(size);
        let width = (self.width - indent).max(size);
        for line in self.measure.wrap(text, size, width) {
            // The baseline sits so that the line's ink is centred in its height.
            let baseline = self.y + baseline(lh, size);
            if !line.is_empty() {
                self.ops.push(Op::Text {
                    x: self.x + indent,
                    y: baseline,
                    size,
                    bold,
                    text: line,
                });
            }
            self.y += lh;
        }
    }

    /// Text after a hanging label (a bullet, a number, a tick box): the label in the indent,
    /// the text wrapped beside it.
    pub fn hanging(&mut self, label: &str, text: &str, size: f32, bold: bool, indent: f32) {
        let lh = self.style.line_height(size);
        let top = self.y;
        self.text(text, size, bold, indent);
        if !label.is_empty() {
            self.ops.push(Op::Text {
                x: self.x,
                y: top + baseline(lh, size),
                size,
                bold,
                text: label.to_owned(),
            });
        }
    }

    /// An empty tick box of `size` points at the left edge of the line starting at the top,
    /// for text of `text_size`.
    pub fn tick_box(&mut self, size: f32, text_size: f32) {
        let lh = self.style.line_height(text_size);
        self.ops.push(Op::Rect {
            x: self.x,
            y: self.y + (lh - size) / 2.0,
            w: size,
            h: size,
            line: 0.8,
        });
    }

    /// Room of `full` points at full spacing.
    pub fn gap(&mut self, full: f32) {
        self.y += self.style.gap(full);
    }

    /// A horizontal rule across the column.
    pub fn rule(&mut self, line: f32) {
        self.ops.push(Op::Line {
            from: (self.x, self.y),
            to: (self.x + self.width, self.y),
            line,
        });
    }

    /// A heading: bigger, heavier text with a rule under it.
    pub fn heading(&mut self, text: &str) {
        let size = self.style.body + 2.0;
        self.text(text, size, true, 0.0);
        self.y += 1.0;
        self.rule(0.6);
        self.y += 2.5 + self.style.gap(2.0);
    }

    /// A table: a header row, then rows; each cell wrapped in its column, numbers (columns
    /// from `first_number` on) set flush right. Thin rules between rows.
    pub fn table(&mut self, widths: &[f32], first_number: usize, rows: &[Vec<String>], size: f32) {
        let lh = self.style.line_height(size);
        let pad = 3.0;
        for (r, row) in rows.iter().enumerate() {
            let mut x = self.x;
            let mut tallest = 1_usize;
            for (c, (cell, &w)) in row.iter().zip(widths).enumerate() {
                let inner = (w - 2.0 * pad).max(size);
                let lines = self.measure.wrap(cell, size, inner);
                tallest = tallest.max(lines.len());
                for (i, line) in lines.into_iter().enumerate() {
                    let lx = if c >= first_number {
                        x + w - pad - self.measure.width(&line, size)
                    } else {
                        x + pad
                    };
                    self.ops.push(Op::Text {
                        x: lx,
                        y: self.y + lh * i as f32 + baseline(lh, size),
                        size,
                        bold: r == 0,
                        text: line,
                    });
                }
                x += w;
            }
            self.y += lh * tallest as f32 + 0.5;
            self.rule(if r == 0 { 0.8 } else { 0.3 });
            self.y += 0.5;
        }
    }
}

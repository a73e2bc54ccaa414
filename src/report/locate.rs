//! Where things are in a report file's text: a light RON outline with line and column spans.
//!
//! serde forgets where a value came from. Validation needs it, to say `FILE:LINE:COL` for a
//! duplicated prefecture or a malformed phone, and so do RON's own errors, to name the
//! prefecture and field around their position. This module reads the text once more into an
//! outline (structs, lists and atoms, each with its span) that answers both questions. It never
//! panics and gives up (returns `None`) on text that is not well-formed RON.

pub use crate::report::lex::Pos;

/// One value of the outline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// Its first character.
    pub start: Pos,
    /// Its last character.
    pub end: Pos,
    /// What it holds.
    pub kind: Kind,
}

/// What a node holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A struct or map: `(name: value, …)`, with each field name's position.
    Fields(Vec<(String, Pos, Node)>),
    /// A list or tuple: `[a, b]`, `(a, b)`, `Some(a)`.
    Items(Vec<Node>),
    /// A single token: a number, a string's contents, an identifier.
    Atom(String),
}

use crate::report::lex::{Lexer, Tok};

/// The deepest outline we build; deeper text is not a report.
const MAX_DEPTH: usize = 64;

impl Node {
    /// The value of a struct field.
    pub fn field(&self, name: &str) -> Option<&Node> {
        self.field_with_pos(name).map(|(_, n)| n)
    }

    /// The value of a struct field and the position of its name.
    pub fn field_with_pos(&self, name: &str) -> Option<(Pos, &Node)> {
        match &self.kind {
            Kind::Fields(fields) => fields
                .iter()
                .find(|(n, _, _)| n == name)
                .map(|(_, p, v)| (*p, v)),
            Kind::Items(items) => match items.as_slice() {
                // Named struct written as a tuple wrapper, e.g. `Some((..))`.
                [only] => only.field_with_pos(name),
                _ => None,
            },
            Kind::Atom(_) => None,
        }
    }

    /// The i-th element of a list.
    pub fn item(&self, index: usize) -> Option<&Node> {
        match &self.kind {
            Kind::Items(items) => items.get(index),
            _ => None,
        }
    }

    /// The elements of a list (empty for anything else).
    pub fn items(&self) -> &[Node] {
        match &self.kind {
            Kind::Items(items) => items,
            _ => &[],
        }
    }

    /// The text of an atom.
    pub fn atom(&self) -> Option<&str> {
        match &self.kind {
            Kind::Atom(s) => Some(s),
            _ => None,
        }
    }

    fn contains(&self, pos: Pos) -> bool {
        self.start <= pos && pos <= self.end
    }
}

/// A step of a path into the outline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// A struct field.
    Field(String),
    /// A list element.
    Index(usize),
}

/// The path of the innermost node around `pos` (or just before it, for a position between
/// tokens such as a missing field at a closing bracket).
pub fn path_at(root: &Node, pos: Pos) -> Vec<Seg> {
    let mut path = Vec::new();
    let mut node = root;
    'descend: loop {
        match &node.kind {
            Kind::Fields(fields) => {
                for (name, name_pos, value) in fields {
                    if value.contains(pos) || (*name_pos <= pos && pos < value.start) {
                        path.push(Seg::Field(name.clone()));
                        node = value;
                        continue 'descend;
                    }
                }
            }
            Kind::Items(items) => {
                for (i, item) in items.iter().enumerate() {
                    if item.contains(pos) {
                        path.push(Seg::Index(i));
                        node = item;
                        continue 'descend;
                    }
                }
            }
            Kind::Atom(_) => {}
        }
        return path;
    }
}

/// Reads `text` into an outline; `None` if it is not well-formed RON.
pub fn outline(text: &str) -> Option<Node> {
    let mut lexer = Lexer {
        chars: text.chars().peekable(),
        pos: Pos { line: 1, col: 1 },
    };
    let mut toks = Vec::new();
    while let Some(t) = lexer.next_token() {
        toks.push(t);
    }
    let mut parser = Parser { toks, at: 0 };
    let node = parser.value(0)?;
    (parser.at == parser.toks.len()).then_some(node)
}

struct Parser {
    toks: Vec<(Tok, Pos, Pos)>,
    at: usize,
}

impl Parser {
    fn peek(&self, ahead: usize) -> Option<&(Tok, Pos, Pos)> {
        self.toks.get(self.at.checked_add(ahead)?)
    }

    fn next(&mut self) -> Option<(Tok, Pos, Pos)> {
        let t = self.toks.get(self.at)?.clone();
        self.at = self.at.saturating_add(1);
        Some(t)
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        let (tok, start, end) = self.next()?;
        match tok {
            Tok::Ident(name) => {
                if matches!(self.peek(0), Some((Tok::Punct('('), _, _))) {
                    self.next()?;
                    let mut node = self.group(')', start, depth)?;
                    // `Some(x)` is x: places point at the value, not at the wrapper.
                    if name == "Some"
                        && let Kind::Items(items) = &mut node.kind
                        && items.len() == 1
                    {
                        return items.pop();
                    }
                    node.start = start;
                    Some(node)
                } else {
                    Some(Node {
                        start,
                        end,
                        kind: Kind::Atom(name),
                    })
                }
            }
            Tok::Punct('(') => self.group(')', start, depth),
            Tok::Punct('[') => self.group(']', start, depth),
            Tok::Punct('{') => self.group('}', start, depth),
            Tok::Str(s) | Tok::Other(s) => Some(Node {
                start,
                end,
                kind: Kind::Atom(s),
            }),
            Tok::Punct(_) => None,
        }
    }

    /// After an opening bracket: fields (`name: value`) or items, up to `close`.
    fn group(&mut self, close: char, start: Pos, depth: usize) -> Option<Node> {
        let named = matches!(
            (self.peek(0), self.peek(1)),
            (
                Some((Tok::Ident(_) | Tok::Str(_), _, _)),
                Some((Tok::Punct(':'), _, _))
            )
        );
        let mut fields = Vec::new();
        let mut items = Vec::new();
        loop {
            if let Some((Tok::Punct(c), _, end)) = self.peek(0)
                && *c == close
            {
                let end = *end;
                self.next()?;
                let kind = if named {
                    Kind::Fields(fields)
                } else {
                    Kind::Items(items)
                };
                return Some(Node { start, end, kind });
            }
            if named {
                let (Tok::Ident(key) | Tok::Str(key), key_pos, _) = self.next()? else {
                    return None;
                };
                if self.next()?.0 != Tok::Punct(':') {
                    return None;
                }
                // A field with no value (`name: ,`) is kept, empty, so that its error still
                // names the field.
                let v = match self.peek(0) {
                    Some((Tok::Punct(c), at, _)) if *c == ',' || *c == close => Node {
                        start: *at,
                        end: *at,
                        kind: Kind::Atom(String::new()),
                    },
                    _ => self.value(depth.saturating_add(1))?,
                };
                fields.push((key, key_pos, v));
            } else {
                items.push(self.value(depth.saturating_add(1))?);
            }
            match self.peek(0) {
                Some((Tok::Punct(','), _, _)) => {
                    self.next()?;
                }
                Some((Tok::Punct(c), _, _)) if *c == close => {}
                _ => return None,
            }
        }
    }
}

/// The position just after the longest valid UTF-8 prefix of `bytes`: where decoding fails.
pub fn pos_after(valid_prefix: &str) -> Pos {
    let mut pos = Pos { line: 1, col: 1 };
    for c in valid_prefix.chars() {
        if c == '\n' {
            pos.line = pos.line.saturating_add(1);
            pos.col = 1;
        } else {
            pos.col = pos.col.saturating_add(1);
        }
    }
    pos
}

/// A path as it is written in messages: `a.b[3].c`.
pub fn render_path(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Field(f) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(f);
            }
            Seg::Index(i) => {
                s.push('[');
                s.push_str(&i.to_string());
                s.push(']');
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_and_paths() {
        let text =
            "Report(\n  a: 1, // c\n  b: [ (x: \"s\\\"q\"), (x: r#\"raw\"# ) ],\n  c: Some(2),\n)";
        let root = outline(text).unwrap();
        let b1 = root
            .field("b")
            .unwrap()
            .item(1)
            .unwrap()
            .field("x")
            .unwrap();
        assert_eq!(b1.atom(), Some("raw"));
        assert_eq!(b1.start, Pos { line: 3, col: 25 });
        let s = root
            .field("b")
            .unwrap()
            .item(0)
            .unwrap()
            .field("x")
            .unwrap();
        assert_eq!(s.atom(), Some("s\"q"));
        assert_eq!(
            path_at(&root, b1.start),
            vec![
                Seg::Field("b".into()),
                Seg::Index(1),
                Seg::Field("x".into())
            ]
        );
        assert_eq!(root.field("c").unwrap().atom(), Some("2"), "Some(x) is x");
    }

    #[test]
    fn bad_text_gives_none() {
        for t in ["(", "(a: 1", "(a 1)", "\"", "/* x", "(a: 1))", ""] {
            assert!(outline(t).is_none(), "{t}");
        }
        let deep = "[".repeat(500) + &"]".repeat(500);
        assert!(outline(&deep).is_none());
    }
}

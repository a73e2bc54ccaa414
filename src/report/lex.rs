//! The tokens of a RON text, with their positions, for the outline of `locate`.

/// A place in the text: 1-based line and column, the column counted in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// A token.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    Punct(char),
    Ident(String),
    Str(String),
    Other(String),
}

pub(crate) struct Lexer<'a> {
    pub(crate) chars: std::iter::Peekable<std::str::Chars<'a>>,
    pub(crate) pos: Pos,
}

impl Lexer<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.pos.line = self.pos.line.saturating_add(1);
            self.pos.col = 1;
        } else {
            self.pos.col = self.pos.col.saturating_add(1);
        }
        Some(c)
    }

    /// Skips whitespace and comments; `None` on an unterminated block comment.
    fn skip_trivia(&mut self) -> Option<()> {
        loop {
            match self.chars.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') => {
                    let mut ahead = self.chars.clone();
                    ahead.next();
                    match ahead.next() {
                        Some('/') => {
                            while let Some(c) = self.bump() {
                                if c == '\n' {
                                    break;
                                }
                            }
                        }
                        Some('*') => {
                            self.bump();
                            self.bump();
                            let mut depth = 1_usize;
                            let mut prev = ' ';
                            while depth > 0 {
                                let c = self.bump()?;
                                if prev == '*' && c == '/' {
                                    depth = depth.saturating_sub(1);
                                    prev = ' ';
                                } else if prev == '/' && c == '*' {
                                    depth = depth.saturating_add(1);
                                    prev = ' ';
                                } else {
                                    prev = c;
                                }
                            }
                        }
                        _ => return Some(()),
                    }
                }
                _ => return Some(()),
            }
        }
    }

    /// The next token with its first and last positions; `None` at the end or on bad text.
    pub(crate) fn next_token(&mut self) -> Option<(Tok, Pos, Pos)> {
        self.skip_trivia()?;
        let start = self.pos;
        let c = *self.chars.peek()?;
        let mut last = start;
        let tok = match c {
            '(' | ')' | '[' | ']' | '{' | '}' | ',' | ':' => {
                self.bump();
                Tok::Punct(c)
            }
            '"' => {
                self.bump();
                let mut s = String::new();
                loop {
                    last = self.pos;
                    match self.bump()? {
                        '"' => break,
                        '\\' => {
                            let escaped = self.bump()?;
                            s.push(escaped);
                        }
                        other => s.push(other),
                    }
                }
                Tok::Str(s)
            }
            'r' if self.raw_string_ahead() => {
                self.bump();
                let mut hashes = 0_usize;
                while self.chars.peek() == Some(&'#') {
                    self.bump();
                    hashes = hashes.saturating_add(1);
                }
                self.bump()?; // the opening quote
                let mut s = String::new();
                'raw: loop {
                    last = self.pos;
                    let c = self.bump()?;
                    if c == '"' {
                        let mut ahead = self.chars.clone();
                        if (0..hashes).all(|_| ahead.next() == Some('#')) {
                            for _ in 0..hashes {
                                last = self.pos;
                                self.bump();
                            }
                            break 'raw;
                        }
                    }
                    s.push(c);
                }
                Tok::Str(s)
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut s = String::new();
                while let Some(&c) = self.chars.peek() {
                    if c.is_alphanumeric() || c == '_' || c == '#' {
                        last = self.pos;
                        s.push(c);
                        self.bump();
                    } else {
                        break;
                    }
                }
                Tok::Ident(s)
            }
            _ => {
                let mut s = String::new();
                while let Some(&c) = self.chars.peek() {
                    if c.is_whitespace() || "()[]{},:\"".contains(c) {
                        break;
                    }
                    last = self.pos;
                    s.push(c);
                    self.bump();
                }
                Tok::Other(s)
            }
        };
        Some((tok, start, last))
    }

    fn raw_string_ahead(&self) -> bool {
        let mut ahead = self.chars.clone();
        ahead.next();
        loop {
            match ahead.next() {
                Some('#') => {}
                Some('"') => return true,
                _ => return false,
            }
        }
    }
}

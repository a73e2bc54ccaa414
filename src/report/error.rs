//! Findings: what is wrong (an error: the file is refused) or suspicious (a warning: the file
//! loads and the warning is shown) in a report, and where.

use crate::lang::Lang;
use crate::report::lex::Pos;
use crate::report::model::Metric;

/// Whether a finding refuses the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The file is refused.
    Error,
    /// The file loads; the user is told.
    Warning,
}

/// One problem found in a report, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// Line and column in the file, where the problem has one.
    pub pos: Option<Pos>,
    /// The prefecture (or 計) it concerns.
    pub prefecture: Option<String>,
    /// The field it concerns, as a path in the file (`figures.openings`).
    pub field: Option<String>,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read.
    Io(String),
    /// The path does not exist.
    NotFound,
    /// The path is a directory.
    IsDirectory,
    /// The path is not a regular file (a pipe, a socket, a device).
    NotAFile,
    /// The file is larger than the limit; it was not read.
    TooLarge {
        /// Size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The bytes are not UTF-8.
    NotUtf8,
    /// RON syntax, a wrong type, a missing or unknown field (RON's own message).
    Syntax(String),
    /// A prefecture name that is none of the 47.
    UnknownPrefecture(String),
    /// A code outside 01-47.
    UnknownCode(u8),
    /// A prefecture listed twice.
    DuplicatePrefecture {
        /// Its name.
        name: String,
        /// Where it was first listed.
        first: Option<Pos>,
    },
    /// A prefecture not listed.
    MissingPrefecture {
        /// Its code.
        code: u8,
        /// Its name.
        name: String,
    },
    /// The code is not the prefecture's JIS X 0401 code.
    CodeMismatch {
        /// The code given.
        code: u8,
        /// The name given.
        name: String,
        /// The name that code belongs to.
        expected: String,
    },
    /// A phone or fax number not of the form 0AA-BBBB-CCCC.
    BadPhone(String),
    /// A date not of the form YYYY-MM-DD, or no such day.
    BadDate(String),
    /// A time not of the form HH:MM.
    BadTime(String),
    /// An e-mail address that is not one.
    BadEmail(String),
    /// A link that is not https.
    BadUrl(String),
    /// A postcode not of the form NNN-NNNN.
    BadPostcode(String),
    /// A required text is empty.
    Empty,
    /// An id used twice.
    DuplicateId(String),
    /// A reference to a contact or figure that does not exist.
    UnknownId(String),
    /// The rows' sum of a column does not fit in 32 bits.
    SumOverflow(Metric),
    /// The published total differs from the sum of the rows (a warning).
    TotalMismatch {
        /// The column.
        metric: Metric,
        /// The published 計.
        reported: u32,
        /// The sum of the rows.
        summed: u32,
    },
    /// An of-which figure is above the figure it is part of (a warning).
    PartExceedsWhole {
        /// The of-which column.
        part: Metric,
        /// Its value.
        part_value: u32,
        /// The column it is part of.
        whole: Metric,
        /// Its value.
        whole_value: u32,
    },
}

impl Problem {
    /// The message, in `lang`.
    #[expect(
        clippy::too_many_lines,
        reason = "one arm per problem, both languages side by side"
    )]
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match self {
            Self::Io(e) => {
                if ja {
                    format!("読み込めません: {e}")
                } else {
                    format!("cannot be read: {e}")
                }
            }
            Self::NotFound => lang.pick("ファイルがありません", "no such file").to_owned(),
            Self::IsDirectory => lang
                .pick(
                    "フォルダーです（レポートファイルを指定してください）",
                    "is a directory, not a report file",
                )
                .to_owned(),
            Self::NotAFile => lang
                .pick(
                    "通常のファイルではありません（パイプやデバイスは開けません）",
                    "not a regular file (pipes and devices are not read)",
                )
                .to_owned(),
            Self::TooLarge { size, limit } => {
                if ja {
                    format!("ファイルが大きすぎます（{size} バイト、上限 {limit} バイト）")
                } else {
                    format!("file too large ({size} bytes, the limit is {limit} bytes)")
                }
            }
            Self::NotUtf8 => lang
                .pick("UTF-8 ではありません", "not UTF-8 text")
                .to_owned(),
            Self::Syntax(m) => {
                if ja {
                    format!("RON として読めません: {m}")
                } else {
                    m.clone()
                }
            }
            Self::UnknownPrefecture(n) => {
                if ja {
                    format!("都道府県名「{n}」は 47 都道府県のいずれでもありません")
                } else {
                    format!("\"{n}\" is not one of the 47 prefectures")
                }
            }
            Self::UnknownCode(c) => {
                if ja {
                    format!("都道府県コード {c} は 01〜47 の範囲外です")
                } else {
                    format!("prefecture code {c} is outside 01-47")
                }
            }
            Self::DuplicatePrefecture { name, first } => {
                let at = first.map(|p| format!(" ({p})")).unwrap_or_default();
                if ja {
                    format!("{name} が重複しています（最初の行{at}）")
                } else {
                    format!("{name} is listed twice (first{at})")
                }
            }
            Self::MissingPrefecture { code, name } => {
                if ja {
                    format!("{name}（{code:02}）の行がありません")
                } else {
                    format!("the row of {name} ({code:02}) is missing")
                }
            }
            Self::CodeMismatch {
                code,
                name,
                expected,
            } => {
                if ja {
                    format!("コード {code:02} は {expected} のもので、{name} ではありません")
                } else {
                    format!("code {code:02} belongs to {expected}, not {name}")
                }
            }
            Self::BadPhone(v) => {
                if ja {
                    format!("電話番号「{v}」の形式が正しくありません（例: 03-5309-2065）")
                } else {
                    format!("malformed phone number \"{v}\" (expected e.g. 03-5309-2065)")
                }
            }
            Self::BadDate(v) => {
                if ja {
                    format!("日付「{v}」が正しくありません（YYYY-MM-DD）")
                } else {
                    format!("invalid date \"{v}\" (expected YYYY-MM-DD)")
                }
            }
            Self::BadTime(v) => {
                if ja {
                    format!("時刻「{v}」が正しくありません（HH:MM）")
                } else {
                    format!("invalid time \"{v}\" (expected HH:MM)")
                }
            }
            Self::BadEmail(v) => {
                if ja {
                    format!("メールアドレス「{v}」が正しくありません")
                } else {
                    format!("malformed e-mail address \"{v}\"")
                }
            }
            Self::BadUrl(v) => {
                if ja {
                    format!("リンク「{v}」は https:// で始まる必要があります")
                } else {
                    format!("link \"{v}\" must start with https://")
                }
            }
            Self::BadPostcode(v) => {
                if ja {
                    format!("郵便番号「{v}」が正しくありません（NNN-NNNN）")
                } else {
                    format!("malformed postcode \"{v}\" (expected NNN-NNNN)")
                }
            }
            Self::Empty => lang.pick("空欄です", "must not be empty").to_owned(),
            Self::DuplicateId(id) => {
                if ja {
                    format!("id「{id}」が重複しています")
                } else {
                    format!("id \"{id}\" is used twice")
                }
            }
            Self::UnknownId(id) => {
                if ja {
                    format!("id「{id}」は定義されていません")
                } else {
                    format!("no contact or figure has the id \"{id}\"")
                }
            }
            Self::SumOverflow(m) => {
                if ja {
                    format!(
                        "{} の合計が大きすぎます（32 ビットを超えます）",
                        m.label(lang)
                    )
                } else {
                    format!("the sum of {} overflows 32 bits", m.label(lang))
                }
            }
            Self::TotalMismatch {
                metric,
                reported,
                summed,
            } => {
                let diff = i64::from(*reported).saturating_sub(i64::from(*summed));
                if ja {
                    format!(
                        "{}: 公表の計 {reported} と各都道府県の合計 {summed} が一致しません（差 {diff:+}）",
                        metric.label(lang)
                    )
                } else {
                    format!(
                        "{}: the published total {reported} differs from the sum of the rows {summed} (difference {diff:+})",
                        metric.label(lang)
                    )
                }
            }
            Self::PartExceedsWhole {
                part,
                part_value,
                whole,
                whole_value,
            } => {
                if ja {
                    format!(
                        "{} {part_value} が {} {whole_value} を上回っています",
                        part.label(lang),
                        whole.label(lang)
                    )
                } else {
                    format!(
                        "{} {part_value} is above {} {whole_value}",
                        part.label(lang),
                        whole.label(lang)
                    )
                }
            }
        }
    }
}

impl Finding {
    /// An error with no place in the text.
    pub fn error(problem: Problem) -> Self {
        Self {
            severity: Severity::Error,
            pos: None,
            prefecture: None,
            field: None,
            problem,
        }
    }

    /// The message with its prefecture and field, without the place.
    pub fn message(&self, lang: Lang) -> String {
        let mut s = self.problem.message(lang);
        let mut context = Vec::new();
        if let Some(p) = &self.prefecture {
            context.push(format!("{}{p}", lang.pick("都道府県 ", "prefecture ")));
        }
        if let Some(f) = &self.field {
            context.push(format!("{}{f}", lang.pick("項目 ", "field ")));
        }
        if !context.is_empty() {
            s = format!("{s} [{}]", context.join(", "));
        }
        s
    }

    /// `FILE:LINE:COL: message` (or `FILE: message` where there is no place).
    pub fn render(&self, file: &str, lang: Lang) -> String {
        match self.pos {
            Some(p) => format!("{file}:{p}: {}", self.message(lang)),
            None => format!("{file}: {}", self.message(lang)),
        }
    }
}

/// A report that could not be loaded: every error found, in file order.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{} ({file})", self.summary())]
pub struct LoadError {
    /// The file, as the user named it.
    pub file: String,
    /// The errors (never empty).
    pub findings: Vec<Finding>,
}

impl LoadError {
    fn summary(&self) -> String {
        match self.findings.as_slice() {
            [one] => one.message(Lang::En),
            many => format!("{} errors", many.len()),
        }
    }

    /// Every error as `FILE:LINE:COL: message`, one a line.
    pub fn render(&self, lang: Lang) -> Vec<String> {
        self.findings
            .iter()
            .map(|f| f.render(&self.file, lang))
            .collect()
    }
}

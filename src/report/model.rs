//! The report: what one published table of 別紙3 holds, with its sources, notes, contacts and
//! escalation steps.
//!
//! Field names are English `snake_case`; Japanese text is kept as the source writes it. Every
//! struct denies unknown fields, so a typo in a report file is an error, not a silently ignored
//! line. Every field is required (an `Option` too: absent values are written out as `None` or
//! `[]`), so a deleted line is an error too. Figures are `u32`: a negative, fractional or
//! overflowing figure cannot be read.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::contacts::{Contact, EscalationStep, FlowStep};
use crate::report::text::Text;
use crate::texts::texts;

/// One published report: the table of 別紙3 with everything needed to read it correctly.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Title, source, period, notes, caveats and the notice's national figures.
    pub meta: Meta,
    /// The national total row (計) exactly as published; never recomputed.
    pub total: Figures,
    /// The 47 prefectures, in the source's order (JIS X 0401 code order).
    pub rows: Vec<PrefectureRow>,
    /// Contacts of 別紙1 (Key-Net) and 別紙2 (JMA Women Doctors Bank).
    pub contacts: Vec<Contact>,
    /// What a municipality or a venue operator does, step by step, when short of staff.
    pub escalation: Vec<EscalationStep>,
    /// Key-Net's usage flow for institutions (別紙1, 「Key-Net」ご利用の流れ).
    pub key_net_flow: Vec<FlowStep>,
}

/// What the table is, where it comes from, and how to read it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The table's title, as the source prints it above the table.
    pub title: Text,
    /// A short form of the title for the window and the top bar; keeps 累計 and 潜在看護職.
    pub short_title: Text,
    /// The notice the table is attached to.
    pub source: Source,
    /// The period the cumulative figures cover.
    pub period: Period,
    /// Who compiled the table, when, and from what.
    pub compiled: Compiled,
    /// Notes 1-3, each tied to its column.
    pub notes: Vec<Note>,
    /// The caveats printed under the table.
    pub caveats: Vec<Text>,
    /// National figures stated in the notice's text (not in the table).
    pub national_figures: Vec<NationalFigure>,
    /// The file an imported table came from, when the report is one (read from a table file):
    /// its source is that table, not the notice. Not a field of the full report file.
    #[serde(skip)]
    pub imported_from: Option<String>,
    /// The date of the table that the notes, the caveats and the period's start were written
    /// for, when it is not this one: an imported table takes them from its notice's table (the
    /// 2021-05-19 one), and every surface says so. `None` for the notice's own table.
    #[serde(skip)]
    pub notes_of: Option<String>,
}

/// The notice the table is attached to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Kind of document (事務連絡).
    pub document: Text,
    /// Date of the notice (ISO 8601).
    pub date: String,
    /// The date as the source writes it (令和3年5月26日).
    pub date_text: String,
    /// The issuing bureaus.
    pub issuers: Vec<Text>,
    /// The notice's title.
    pub notice_title: Text,
    /// The attachment holding the table (別紙3).
    pub attachment: String,
}

impl Source {
    /// The attachment's number (3 of 別紙3), for texts that name it in either language.
    pub fn attachment_number(&self) -> &str {
        attachment_number(&self.attachment)
    }
}

/// The number of an attachment written 別紙N (N itself when it is written otherwise).
pub fn attachment_number(attachment: &str) -> &str {
    attachment.trim_start_matches("別紙")
}

/// The period the cumulative figures cover.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day counted (ISO 8601).
    pub from: String,
    /// Last day counted (ISO 8601).
    pub to: String,
    /// First day counted for the vaccination items (openings for vaccination work).
    pub vaccination_from: String,
    /// First day counted for people employed in vaccination work (note 2).
    pub vaccination_employed_from: String,
    /// The period as the source writes it.
    pub text: Text,
}

/// Who compiled the table, when, and from what.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compiled {
    /// The date the figures stand at (ISO 8601).
    pub date: String,
    /// The compiler (中央ナースセンター).
    pub by: Text,
    /// The compilation note as the source writes it.
    pub text: Text,
}

/// A numbered note tied to a column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The note's number in the source (1-3).
    pub number: u8,
    /// The column the note explains.
    pub column: Metric,
    /// The note's text.
    pub text: Text,
}

/// How a figure in the notice's text is qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Qualifier {
    /// Stated exactly.
    Exact,
    /// 約: about.
    About,
    /// 以上: or more.
    AtLeast,
}

/// A national figure stated in the notice's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalFigure {
    /// A stable key that contacts refer to.
    pub id: String,
    /// What is counted.
    pub label: Text,
    /// The figure.
    pub value: u32,
    /// Whether the source says "about" or "or more".
    pub qualifier: Qualifier,
    /// The unit (名, 人, 機関).
    pub unit: Text,
    /// The date the figure stands at, when the source gives one (ISO 8601).
    #[serde(deserialize_with = "Option::deserialize")]
    pub as_of: Option<String>,
    /// The sentence of the source that states it.
    pub quote: String,
    /// The note of the notice's table that states it (note 3's 4,219), when it is one: it is
    /// then about that table, at that table's date, not the notice's text.
    #[serde(deserialize_with = "Option::deserialize")]
    pub note: Option<u8>,
}

/// The seven figures of one row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    /// 求職者数: job seekers.
    pub job_seekers: u32,
    /// 求人数: job openings.
    pub openings: u32,
    /// (うちワクチン接種業務): openings for vaccination work, of the openings (note 1).
    pub vaccination_openings: u32,
    /// 紹介人数: referrals.
    pub referrals: u32,
    /// 就業者数: people employed (not a head count, caveat 2).
    pub employed: u32,
    /// (うちワクチン接種業務): employed in vaccination work, of the employed (note 2).
    pub vaccination_employed: u32,
    /// ワクチン接種業務対応研修修了者数: nurses who finished vaccination training (note 3).
    pub vaccination_trained: u32,
}

impl Figures {
    /// The figure of one column.
    pub fn get(&self, metric: Metric) -> u32 {
        match metric {
            Metric::JobSeekers => self.job_seekers,
            Metric::Openings => self.openings,
            Metric::VaccinationOpenings => self.vaccination_openings,
            Metric::Referrals => self.referrals,
            Metric::Employed => self.employed,
            Metric::VaccinationEmployed => self.vaccination_employed,
            Metric::VaccinationTrained => self.vaccination_trained,
        }
    }

    /// Adds `other` column by column; `None` if any column would overflow `u32`.
    pub fn checked_add(&self, other: &Self) -> Option<Self> {
        Some(Self {
            job_seekers: self.job_seekers.checked_add(other.job_seekers)?,
            openings: self.openings.checked_add(other.openings)?,
            vaccination_openings: self
                .vaccination_openings
                .checked_add(other.vaccination_openings)?,
            referrals: self.referrals.checked_add(other.referrals)?,
            employed: self.employed.checked_add(other.employed)?,
            vaccination_employed: self
                .vaccination_employed
                .checked_add(other.vaccination_employed)?,
            vaccination_trained: self
                .vaccination_trained
                .checked_add(other.vaccination_trained)?,
        })
    }
}

/// One column of figures. `Metric::ALL` drives the table, the chart picker and the CSV header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Metric {
    /// 求職者数.
    JobSeekers,
    /// 求人数.
    Openings,
    /// 求人数のうちワクチン接種業務.
    VaccinationOpenings,
    /// 紹介人数.
    Referrals,
    /// 就業者数.
    Employed,
    /// 就業者数のうちワクチン接種業務.
    VaccinationEmployed,
    /// ワクチン接種業務対応研修修了者数.
    VaccinationTrained,
}

impl Metric {
    /// The seven columns in the source's order.
    pub const ALL: [Self; 7] = [
        Self::JobSeekers,
        Self::Openings,
        Self::VaccinationOpenings,
        Self::Referrals,
        Self::Employed,
        Self::VaccinationEmployed,
        Self::VaccinationTrained,
    ];

    /// The field name in a report file.
    pub fn field(self) -> &'static str {
        match self {
            Self::JobSeekers => "job_seekers",
            Self::Openings => "openings",
            Self::VaccinationOpenings => "vaccination_openings",
            Self::Referrals => "referrals",
            Self::Employed => "employed",
            Self::VaccinationEmployed => "vaccination_employed",
            Self::VaccinationTrained => "vaccination_trained",
        }
    }

    /// The column's name: in Japanese the source's own, with its parent for the of-which columns.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            Self::JobSeekers => t.chart.metric_job_seekers,
            Self::Openings => t.chart.metric_openings,
            Self::VaccinationOpenings => t.chart.metric_vaccination_openings,
            Self::Referrals => t.chart.metric_referrals,
            Self::Employed => t.chart.metric_employed,
            Self::VaccinationEmployed => t.chart.metric_vaccination_employed,
            Self::VaccinationTrained => t.chart.metric_vaccination_trained,
        }
    }

    /// The of-which columns and the column they are part of.
    pub fn parent(self) -> Option<Self> {
        match self {
            Self::VaccinationOpenings => Some(Self::Openings),
            Self::VaccinationEmployed => Some(Self::Employed),
            _ => None,
        }
    }
}

/// One prefecture's row of the table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrefectureRow {
    /// JIS X 0401 code.
    pub code: PrefectureCode,
    /// Name as the source writes it (北海道, 東京都, 京都府, …).
    pub name: String,
    /// The seven figures.
    pub figures: Figures,
    /// The prefecture nurse centre's phone (各都道府県ナースセンターの連絡先).
    pub phone: String,
}

impl PrefectureRow {
    /// Its name in `lang`: in Japanese as the source writes it, in English the prefecture's
    /// English name (Tokyo, Hokkaido), or the source's if the code has none.
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.name,
            Lang::En => crate::prefecture::by_code(self.code).map_or(&self.name, |p| &p.english),
        }
    }
}

impl Report {
    /// The row of a prefecture, by code.
    pub fn row(&self, code: PrefectureCode) -> Option<&PrefectureRow> {
        self.rows.iter().find(|r| r.code == code)
    }

    /// A contact by id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// A national figure by id.
    pub fn national_figure(&self, id: &str) -> Option<&NationalFigure> {
        self.meta.national_figures.iter().find(|f| f.id == id)
    }

    /// The date of the table the notes, caveats and period's start describe: this table's own
    /// date, or the notice's table's for an imported one ([`Meta::notes_of`]).
    pub fn notes_date(&self) -> &str {
        self.meta
            .notes_of
            .as_deref()
            .unwrap_or(&self.meta.compiled.date)
    }

    /// Whether the notes, caveats and period's start were written for another table than this
    /// one (an imported table): then they are shown with that table's date.
    pub fn notes_are_another_tables(&self) -> bool {
        self.meta.notes_of.is_some()
    }

    /// The note on a column, if any.
    pub fn note(&self, metric: Metric) -> Option<&Note> {
        self.meta.notes.iter().find(|n| n.column == metric)
    }

    /// The column sums of the rows; `None` if a sum overflows `u32`.
    pub fn summed(&self) -> Option<Figures> {
        self.rows
            .iter()
            .try_fold(Figures::default(), |acc, r| acc.checked_add(&r.figures))
    }
}

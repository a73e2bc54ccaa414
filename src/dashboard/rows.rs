//! Which rows are shown, in what order: the filter (name, reading, romaji, code, region) and
//! the sort. Pure functions, no drawing; the result is cached and recomputed only when the
//! report, the filter or the sort changes.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization as _;
use wana_kana::ConvertJapanese as _;

use crate::prefecture::{self, Region};
use crate::report::{Figures, Metric, PrefectureCode, PrefectureRow, Report};

/// What the user filters by.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// The search box: kanji, kana, romaji or a JIS code. Not saved: a window that opens on
    /// "1 of 47" with an old search nobody remembers typing hides the rest.
    #[serde(skip)]
    pub query: String,
    /// One of the 8 regions, or all.
    pub region: Option<Region>,
}

impl Filter {
    /// Whether anything is filtered out.
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty() || self.region.is_some()
    }

    /// Whether a row passes.
    pub fn matches(&self, row: &PrefectureRow) -> bool {
        self.matcher()(row)
    }

    /// A test for rows, with the query read once (its folded and kana forms) for all rows.
    pub fn matcher(&self) -> impl Fn(&PrefectureRow) -> bool + '_ {
        let query = Query::new(&self.query);
        move |row| {
            self.region
                .is_none_or(|r| prefecture::Region::of(row.code) == Some(r))
                && query.matches(row)
        }
    }
}

/// The sortable columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SortKey {
    /// JIS code: the source's order.
    #[default]
    Code,
    /// Name: also the source's order (the source lists by code).
    Name,
    /// A figure.
    Metric(Metric),
    /// 求職者数÷求人数 (derived).
    SeekersPerOpening,
    /// うちワクチン接種業務÷求人数 (derived).
    VaccinationShare,
}

/// A sort column and direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Largest first.
    pub descending: bool,
}

impl Sort {
    /// The sort after clicking `key`'s header: a new figure column sorts largest first, the
    /// same column flips, code and name start in the source's order.
    #[must_use]
    pub fn clicked(self, key: SortKey) -> Self {
        if self.key == key {
            Self {
                key,
                descending: !self.descending,
            }
        } else {
            Self {
                key,
                descending: !matches!(key, SortKey::Code | SortKey::Name),
            }
        }
    }
}

/// Job seekers per opening (求職者数÷求人数); `None` when there are no openings.
pub fn seekers_per_opening(f: &Figures) -> Option<f64> {
    (f.openings > 0).then(|| f64::from(f.job_seekers) / f64::from(f.openings))
}

/// Share of openings for vaccination work, in percent; `None` when there are no openings.
pub fn vaccination_share(f: &Figures) -> Option<f64> {
    (f.openings > 0).then(|| 100.0 * f64::from(f.vaccination_openings) / f64::from(f.openings))
}

/// Lower case, long vowels' macrons and circumflexes dropped: "Tōkyō" → "tokyo".
fn fold_latin(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ā' | 'Ā' | 'â' | 'Â' => 'a',
            'ī' | 'Ī' | 'î' | 'Î' => 'i',
            'ū' | 'Ū' | 'û' | 'Û' => 'u',
            'ē' | 'Ē' | 'ê' | 'Ê' => 'e',
            'ō' | 'Ō' | 'ô' | 'Ô' => 'o',
            other => other.to_ascii_lowercase(),
        })
        .collect()
}

/// What a prefecture can be found by.
struct Keys {
    code: PrefectureCode,
    hiragana: String,
    english: String,
    romaji: String,
}

fn keys() -> &'static [Keys] {
    static KEYS: OnceLock<Vec<Keys>> = OnceLock::new();
    KEYS.get_or_init(|| {
        prefecture::all()
            .iter()
            .map(|p| Keys {
                code: p.code,
                hiragana: p.hiragana.clone(),
                english: fold_latin(&p.english),
                // Kunrei/wāpuro spellings typed by users: とうきょう → toukyou.
                romaji: p.hiragana.to_romaji(),
            })
            .collect()
    })
}

/// The search box's text: one or more terms, apart by spaces or commas (「大阪 京都」,
/// 「大阪,京都」, 「大阪、京都」); a row passes when any term finds it.
struct Query {
    terms: Vec<Term>,
}

impl Query {
    fn new(query: &str) -> Self {
        // NFKC first: what a Japanese IME types full-width (２７, ｏｓａｋａ, the full-width
        // space and comma) or half-width (ｵｵｻｶ) reads as 27, osaka, ' ', ',', オオサカ.
        let text: String = query.nfkc().collect();
        let terms = text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '、' | ';' | '/'))
            .filter(|t| !t.is_empty())
            .map(Term::new)
            .collect();
        Self { terms }
    }

    fn matches(&self, row: &PrefectureRow) -> bool {
        self.terms.is_empty() || self.terms.iter().any(|t| t.matches(row))
    }
}

/// One term of the search box, in the forms rows are compared with.
struct Term {
    /// NFKC-normalised.
    text: String,
    /// Only digits were typed: the term is a JIS code (`code`, if it fits a number).
    digits: bool,
    /// The code typed.
    code: Option<u16>,
    /// Lower case without macrons: romaji and English names.
    folded: String,
    /// Read as hiragana (from kana or romaji), when that gives kana only.
    kana: Option<String>,
    /// The whole term names a region (関東, かんとう, kanto, 関西): its prefectures pass.
    region: Option<Region>,
}

impl Term {
    fn new(text: &str) -> Self {
        let digits = text.bytes().all(|b| b.is_ascii_digit());
        let code = text.parse::<u16>().ok();
        let folded = fold_latin(text);
        let kana = folded.to_hiragana();
        let kana =
            (!kana.is_empty() && !kana.chars().any(|c| c.is_ascii_alphabetic())).then_some(kana);
        let region = Region::from_word(&folded, kana.as_deref());
        Self {
            text: text.to_owned(),
            digits,
            code,
            folded,
            kana,
            region,
        }
    }

    fn matches(&self, row: &PrefectureRow) -> bool {
        if self.digits {
            return self.code == Some(u16::from(row.code.0));
        }
        if let Some(region) = self.region {
            return Region::of(row.code) == Some(region);
        }
        if row.name.contains(&self.text) {
            return true;
        }
        let Some(k) = keys().iter().find(|k| k.code == row.code) else {
            return false;
        };
        k.english.contains(&self.folded)
            || k.romaji.contains(&self.folded)
            || self
                .kana
                .as_ref()
                .is_some_and(|kana| k.hiragana.contains(kana))
    }
}

fn sort_value(report: &Report, i: usize, key: SortKey) -> Option<f64> {
    let f = &report.rows.get(i)?.figures;
    match key {
        SortKey::Code | SortKey::Name => None,
        SortKey::Metric(m) => Some(f64::from(f.get(m))),
        SortKey::SeekersPerOpening => seekers_per_opening(f),
        SortKey::VaccinationShare => vaccination_share(f),
    }
}

/// Indices into `report.rows` of the rows that pass `filter`, in `sort`'s order. Ties, and
/// undefined derived values (placed last), keep the source's order.
pub fn visible_rows(report: &Report, filter: &Filter, sort: Sort) -> Vec<usize> {
    let matches = filter.matcher();
    let mut idx: Vec<usize> = report
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| matches(r))
        .map(|(i, _)| i)
        .collect();
    let code = |i: usize| report.rows.get(i).map(|r| r.code);
    idx.sort_by(|&a, &b| {
        let by_value = match (
            sort_value(report, a, sort.key),
            sort_value(report, b, sort.key),
        ) {
            (Some(x), Some(y)) => {
                let o = x.total_cmp(&y);
                if sort.descending { o.reverse() } else { o }
            }
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        let by_code = code(a).cmp(&code(b));
        let by_code = if sort.descending && matches!(sort.key, SortKey::Code | SortKey::Name) {
            by_code.reverse()
        } else {
            by_code
        };
        by_value.then(by_code)
    });
    idx
}

/// The shown rows of one report, recomputed only when the filter or the sort changes. It
/// belongs with its report: a new report comes with a new cache.
#[derive(Default)]
pub struct RowCache {
    key: Option<(Filter, Sort)>,
    rows: std::sync::Arc<[usize]>,
}

impl RowCache {
    /// The shown rows for this filter and sort.
    pub fn get(&mut self, report: &Report, filter: &Filter, sort: Sort) -> std::sync::Arc<[usize]> {
        let fresh = self
            .key
            .as_ref()
            .is_some_and(|(f, s)| f == filter && *s == sort);
        if !fresh {
            self.rows = visible_rows(report, filter, sort).into();
            self.key = Some((filter.clone(), sort));
        }
        std::sync::Arc::clone(&self.rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report;

    fn names(r: &Report, f: &Filter, s: Sort) -> Vec<String> {
        visible_rows(r, f, s)
            .into_iter()
            .map(|i| r.rows[i].name.clone())
            .collect()
    }

    fn q(query: &str) -> Filter {
        Filter {
            query: query.to_owned(),
            region: None,
        }
    }

    #[test]
    fn search_by_kanji_kana_romaji_and_code() {
        let r = report::bundled().unwrap().report;
        let s = Sort::default();
        for query in [
            "大阪",
            "大阪府",
            "おおさか",
            "オオサカ",
            "osaka",
            "Osaka",
            "Ōsaka",
            "OSAKA",
            "27",
            "ōsaka",
        ] {
            assert_eq!(names(&r, &q(query), s), ["大阪府"], "{query}");
        }
        // As a Japanese IME types them: full-width digits and letters, half-width kana.
        for query in ["２７", "ｏｓａｋａ", "ＯＳＡＫＡ", "ｵｵｻｶ", "　大阪　"]
        {
            assert_eq!(names(&r, &q(query), s), ["大阪府"], "{query}");
        }
        for query in ["東京", "とうきょう", "tokyo", "Tōkyō", "toukyou", "13"] {
            assert_eq!(names(&r, &q(query), s), ["東京都"], "{query}");
        }
        assert_eq!(names(&r, &q("京都"), s), ["東京都", "京都府"]);
        assert!(names(&r, &q("zzz"), s).is_empty());
        assert!(names(&r, &q("99"), s).is_empty());
        assert_eq!(names(&r, &q("  "), s).len(), 47);
    }

    #[test]
    fn region_words_find_the_region() {
        let r = report::bundled().unwrap().report;
        let s = Sort::default();
        let codes = |query: &str| -> Vec<u8> {
            visible_rows(&r, &q(query), s)
                .into_iter()
                .map(|i| r.rows[i].code.0)
                .collect()
        };
        let kanto: Vec<u8> = (8..=14).collect();
        for query in [
            "関東",
            "関東地方",
            "かんとう",
            "カントウ",
            "kanto",
            "Kanto",
            "Kantō",
            "kantou",
            "ｋａｎｔｏ",
            "Kanto region",
        ] {
            assert_eq!(codes(query), kanto, "{query}");
        }
        let kinki: Vec<u8> = (24..=30).collect();
        for query in ["近畿", "きんき", "kinki", "kansai", "関西", "かんさい"] {
            assert_eq!(codes(query), kinki, "{query}");
        }
        let kyushu: Vec<u8> = (40..=47).collect();
        for query in [
            "九州",
            "九州・沖縄",
            "kyushu",
            "Kyūshū",
            "kyuushuu",
            "Kyushu-Okinawa",
        ] {
            assert_eq!(codes(query), kyushu, "{query}");
        }
        assert_eq!(codes("四国"), [36, 37, 38, 39]);
        assert_eq!(codes("中国地方"), [31, 32, 33, 34, 35]);
        assert_eq!(codes("tohoku"), [2, 3, 4, 5, 6, 7]);
        // A part of a region's name is no region: "kan" finds what it finds by name.
        assert_ne!(codes("kan").len(), 7);
        assert_eq!(codes("京都"), [13, 26], "京都 is no region");
    }

    #[test]
    fn several_terms_show_those_prefectures_together() {
        let r = report::bundled().unwrap().report;
        let s = Sort::default();
        for query in [
            "大阪 京都",
            "大阪,京都",
            "大阪、京都",
            "大阪　京都",
            "大阪，京都",
            " 大阪 ,  京都 ",
        ] {
            assert_eq!(
                names(&r, &q(query), s),
                ["東京都", "京都府", "大阪府"],
                "{query}"
            );
        }
        assert_eq!(
            names(&r, &q("埼玉 東京 千葉 群馬"), s),
            ["群馬県", "埼玉県", "千葉県", "東京都"]
        );
        assert_eq!(names(&r, &q("11 13"), s), ["埼玉県", "東京都"]);
        assert_eq!(names(&r, &q("saitama とうきょう"), s), ["埼玉県", "東京都"]);
        // A region with a prefecture outside it; the region selector still narrows.
        assert_eq!(names(&r, &q("四国 岡山"), s).len(), 5);
        let f = Filter {
            query: "四国 岡山".to_owned(),
            region: Some(Region::Shikoku),
        };
        assert_eq!(visible_rows(&r, &f, s).len(), 4);
        // A term that finds nothing adds nothing; only such terms find nothing.
        assert_eq!(names(&r, &q("大阪 zzz"), s), ["大阪府"]);
        assert!(names(&r, &q("zzz 99"), s).is_empty());
    }

    #[test]
    fn region_filter() {
        let r = report::bundled().unwrap().report;
        let f = Filter {
            query: String::new(),
            region: Some(Region::KyushuOkinawa),
        };
        assert_eq!(visible_rows(&r, &f, Sort::default()).len(), 8);
        let f = Filter {
            query: String::new(),
            region: Some(Region::Kanto),
        };
        let codes: Vec<u8> = visible_rows(&r, &f, Sort::default())
            .into_iter()
            .map(|i| r.rows[i].code.0)
            .collect();
        assert_eq!(codes, [8, 9, 10, 11, 12, 13, 14]);
    }

    #[test]
    fn sorting() {
        let r = report::bundled().unwrap().report;
        let all = Filter::default();
        let s = Sort::default().clicked(SortKey::Metric(Metric::JobSeekers));
        assert!(s.descending);
        assert_eq!(names(&r, &all, s)[0], "東京都");
        let s = s.clicked(SortKey::Metric(Metric::JobSeekers));
        assert_eq!(names(&r, &all, s)[0], "静岡県");
        let s = s.clicked(SortKey::Name);
        assert_eq!(
            names(&r, &all, s)[0],
            "北海道",
            "name restores the source's order"
        );
        assert_eq!(names(&r, &all, s)[46], "沖縄県");
        let s = Sort::default().clicked(SortKey::SeekersPerOpening);
        assert_eq!(names(&r, &all, s)[0], "京都府", "658/142");
    }

    #[test]
    fn derived_values() {
        let f = Figures {
            job_seekers: 830,
            openings: 534,
            vaccination_openings: 9,
            ..Figures::default()
        };
        assert!((seekers_per_opening(&f).unwrap() - 1.554).abs() < 0.001);
        assert!((vaccination_share(&f).unwrap() - 1.685).abs() < 0.001);
        assert_eq!(seekers_per_opening(&Figures::default()), None);
    }
}

//! The search box: what a typed text finds. Kanji, kana or romaji of a name, a JIS code, a
//! region's name, or several of these apart by spaces or commas; normalised as a Japanese IME
//! types (NFKC). Pure functions, no drawing.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization as _;
use wana_kana::ConvertJapanese as _;

use crate::prefecture::PrefectureCode;
use crate::prefecture::{self, Region};
use crate::report::PrefectureRow;

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
pub(crate) struct Query {
    terms: Vec<Term>,
}

impl Query {
    pub(crate) fn new(query: &str) -> Self {
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

    /// Whether a row of this name and code passes.
    pub(crate) fn matches_named(&self, name: &str, code: PrefectureCode) -> bool {
        self.terms.is_empty() || self.terms.iter().any(|t| t.matches(name, code))
    }

    /// Which of the rows of `names` pass, by their index: as [`Self::matches_named`] asks of
    /// each, the names searched at once.
    pub(crate) fn found(&self, names: &Names) -> Vec<bool> {
        if self.terms.is_empty() {
            return vec![true; names.codes.len()];
        }
        let mut found = vec![false; names.codes.len()];
        for term in &self.terms {
            term.find(names, &mut found);
        }
        found
    }
}

/// The rows' names and codes side by side, what the search box looks at, for a table of
/// thousands of rows searched anew at each keystroke: its names one text, searched at once.
#[derive(Debug, Default)]
pub(crate) struct Names {
    /// Every row's name, each followed by a line break (which no term holds, so that a term is
    /// found within one name).
    text: String,
    /// Where each row's name starts in `text`.
    starts: Vec<usize>,
    /// Each row's code.
    codes: Vec<PrefectureCode>,
}

impl Names {
    pub(crate) fn of(rows: &[PrefectureRow]) -> Self {
        let mut text =
            String::with_capacity(rows.iter().map(|r| r.name.len().saturating_add(1)).sum());
        let mut starts = Vec::with_capacity(rows.len());
        for r in rows {
            starts.push(text.len());
            text.push_str(&r.name);
            text.push('\n');
        }
        Self {
            text,
            starts,
            codes: rows.iter().map(|r| r.code).collect(),
        }
    }

    /// Each row's code.
    pub(crate) fn codes(&self) -> impl Iterator<Item = PrefectureCode> + '_ {
        self.codes.iter().copied()
    }

    /// Row `i`'s name and code.
    #[cfg(test)]
    fn get(&self, i: usize) -> Option<(&str, PrefectureCode)> {
        let start = *self.starts.get(i)?;
        let end = self
            .starts
            .get(i.saturating_add(1))
            .map_or(self.text.len(), |&s| s);
        Some((
            self.text.get(start..end)?.strip_suffix('\n')?,
            *self.codes.get(i)?,
        ))
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
    /// The whole term names a region (関東, かんとう, kanto, 関西): its prefectures pass.
    region: Option<Region>,
    /// The codes whose reading, romaji or English name the term starts (bit `code`), worked
    /// out once for the 47: a table of thousands of rows is then searched by its names alone.
    by_keys: u64,
}

impl Term {
    fn new(text: &str) -> Self {
        let digits = text.bytes().all(|b| b.is_ascii_digit());
        let code = text.parse::<u16>().ok();
        // Lower case without macrons for romaji and English names; read as hiragana (from
        // kana or romaji) when that gives kana only.
        let folded = fold_latin(text);
        let kana = folded.to_hiragana();
        let kana =
            (!kana.is_empty() && !kana.chars().any(|c| c.is_ascii_alphabetic())).then_some(kana);
        let region = Region::from_word(&folded, kana.as_deref());
        let by_keys = keys()
            .iter()
            .filter(|k| {
                k.english.starts_with(&folded)
                    || k.romaji.starts_with(&folded)
                    || kana
                        .as_ref()
                        .is_some_and(|kana| k.hiragana.starts_with(kana))
            })
            .fold(0_u64, |bits, k| bits | code_bit(k.code));
        Self {
            text: text.to_owned(),
            digits,
            code,
            region,
            by_keys,
        }
    }

    fn matches(&self, name: &str, code: PrefectureCode) -> bool {
        self.finds_code(code) || (self.by_name() && name.starts_with(&self.text))
    }

    /// Whether the term finds a prefecture by its code alone: the code typed, its region, its
    /// reading, romaji or English name.
    fn finds_code(&self, code: PrefectureCode) -> bool {
        if self.digits {
            return self.code == Some(u16::from(code.0));
        }
        if let Some(region) = self.region {
            return Region::of(code) == Some(region);
        }
        self.by_keys & code_bit(code) != 0
    }

    /// Whether the term finds rows by their names too (neither a code nor a region's name).
    /// A name is found from its start, as a word: 「京都」 finds 京都府, not 東京都 (whose word
    /// is 東京).
    fn by_name(&self) -> bool {
        !self.digits && self.region.is_none()
    }

    /// Marks in `found` the rows of `names` the term finds.
    fn find(&self, names: &Names, found: &mut [bool]) {
        for (f, &code) in found.iter_mut().zip(&names.codes) {
            *f = *f || self.finds_code(code);
        }
        if !self.by_name() || self.text.is_empty() {
            return;
        }
        // Where the term stands at a name's start (it holds no line break, so it is found
        // within one name, and the search reaches each name's start).
        for at in memchr::memmem::find_iter(names.text.as_bytes(), self.text.as_bytes()) {
            if let Ok(i) = names.starts.binary_search(&at)
                && let Some(f) = found.get_mut(i)
            {
                *f = true;
            }
        }
    }
}

/// A code's bit in [`Term::by_keys`] (none for a code past 63, which no prefecture has).
fn code_bit(code: PrefectureCode) -> u64 {
    1_u64.checked_shl(u32::from(code.0)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::Query;
    use crate::report::{self, Report};

    /// The rows the search box finds, in the source's order (the sort is the table's business).
    fn found(r: &Report, query: &str) -> Vec<usize> {
        let q = Query::new(query);
        (0..r.rows.len())
            .filter(|&i| q.matches_named(&r.rows[i].name, r.rows[i].code))
            .collect()
    }

    /// Their names.
    fn names(r: &Report, query: &str) -> Vec<String> {
        found(r, query)
            .into_iter()
            .map(|i| r.rows[i].name.clone())
            .collect()
    }

    /// The names side by side give each row's name and code, also where names are empty or
    /// of several bytes a character, and nothing past the last row; a search through them
    /// finds what a search through the rows finds.
    #[test]
    fn the_names_side_by_side_are_each_rows_name() {
        let mut r = report::bundled().unwrap().report;
        r.rows[0].name = String::new();
        r.rows[5].name = "山形県x".to_owned();
        let names = super::Names::of(&r.rows);
        for (i, row) in r.rows.iter().enumerate() {
            assert_eq!(names.get(i), Some((row.name.as_str(), row.code)), "row {i}");
        }
        assert_eq!(names.get(r.rows.len()), None);
        assert_eq!(super::Names::of(&[]).get(0), None);
        // Names that hold another's start, a term at a name's end or across two names.
        r.rows[7].name = "福島県山形".to_owned();
        r.rows[8].name = "茨城県大".to_owned();
        r.rows[9].name = "阪".to_owned();
        r.rows[10].name = "x大大".to_owned();
        r.rows[11].name = "大大".to_owned();
        // Digits find a code and a region's name its prefectures, never a name that starts so.
        r.rows[12].name = "08県".to_owned();
        r.rows[20].name = "関東x".to_owned();
        let names = super::Names::of(&r.rows);
        for query in [
            "関東",
            "大",
            "大阪",
            "大大",
            "山形",
            "山形県x",
            "x",
            "阪",
            "yamagata",
            "1",
            "08",
            "東北",
            "",
            "x, 阪",
        ] {
            let q = Query::new(query);
            let at_once: Vec<usize> = q
                .found(&names)
                .iter()
                .enumerate()
                .filter_map(|(i, &f)| f.then_some(i))
                .collect();
            assert_eq!(at_once, found(&r, query), "{query}");
        }
        assert_eq!(found(&r, "大大"), [11]);
        assert_eq!(found(&r, "阪"), [9]);
        assert_eq!(found(&r, "08"), [7], "茨城県's code, not 「08県」");
        let at_once = Query::new("関東").found(&names);
        assert_eq!(
            at_once.iter().filter(|&&f| f).count(),
            7,
            "関東's seven, not 「関東x」"
        );
        assert!(!at_once[20]);
    }

    #[test]
    fn search_by_kanji_kana_romaji_and_code() {
        let r = report::bundled().unwrap().report;
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
            assert_eq!(names(&r, query), ["大阪府"], "{query}");
        }
        // As a Japanese IME types them: full-width digits and letters, half-width kana.
        for query in ["２７", "ｏｓａｋａ", "ＯＳＡＫＡ", "ｵｵｻｶ", "　大阪　"]
        {
            assert_eq!(names(&r, query), ["大阪府"], "{query}");
        }
        for query in ["東京", "とうきょう", "tokyo", "Tōkyō", "toukyou", "13"] {
            assert_eq!(names(&r, query), ["東京都"], "{query}");
        }
        // A name as a word: 京都 is 京都府's, not a part of 東京都; the same in kana and romaji.
        for query in ["京都", "京都府", "きょうと", "kyoto", "kyouto", "Kyōto"] {
            assert_eq!(names(&r, query), ["京都府"], "{query}");
        }
        assert_eq!(names(&r, "神奈"), ["神奈川県"], "typed so far");
        assert_eq!(
            names(&r, "川"),
            Vec::<String>::new(),
            "not a word of any name"
        );
        assert!(names(&r, "zzz").is_empty());
        assert!(names(&r, "99").is_empty());
        assert_eq!(names(&r, "  ").len(), 47);
    }

    #[test]
    fn region_words_find_the_region() {
        let r = report::bundled().unwrap().report;
        let codes = |query: &str| -> Vec<u8> {
            found(&r, query)
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
        assert_eq!(codes("kan"), [14], "kanagawa, not 関東's 7");
        assert_eq!(codes("京都"), [26], "京都 is no region");
    }

    #[test]
    fn several_terms_show_those_prefectures_together() {
        let r = report::bundled().unwrap().report;
        for query in [
            "大阪 京都",
            "大阪,京都",
            "大阪、京都",
            "大阪　京都",
            "大阪，京都",
            " 大阪 ,  京都 ",
        ] {
            assert_eq!(names(&r, query), ["京都府", "大阪府"], "{query}");
        }
        assert_eq!(
            names(&r, "埼玉 東京 千葉 群馬"),
            ["群馬県", "埼玉県", "千葉県", "東京都"]
        );
        assert_eq!(names(&r, "11 13"), ["埼玉県", "東京都"]);
        assert_eq!(names(&r, "saitama とうきょう"), ["埼玉県", "東京都"]);
        // A region with a prefecture outside it.
        assert_eq!(names(&r, "四国 岡山").len(), 5);
        // A term that finds nothing adds nothing; only such terms find nothing.
        assert_eq!(names(&r, "大阪 zzz"), ["大阪府"]);
        assert!(names(&r, "zzz 99").is_empty());
    }
}

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

    pub(crate) fn matches(&self, row: &PrefectureRow) -> bool {
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

    fn matches(&self, row: &PrefectureRow) -> bool {
        if self.digits {
            return self.code == Some(u16::from(row.code.0));
        }
        if let Some(region) = self.region {
            return Region::of(row.code) == Some(region);
        }
        // A name is found from its start, as a word: 「京都」 finds 京都府, not 東京都 (whose
        // word is 東京); the same for its reading, romaji and English name.
        row.name.starts_with(&self.text) || self.by_keys & code_bit(row.code) != 0
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
            .filter(|&i| q.matches(&r.rows[i]))
            .collect()
    }

    /// Their names.
    fn names(r: &Report, query: &str) -> Vec<String> {
        found(r, query)
            .into_iter()
            .map(|i| r.rows[i].name.clone())
            .collect()
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

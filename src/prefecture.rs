//! The 47 prefectures: JIS X 0401 codes, names and readings, and the 8 regions.
//!
//! Names and readings come from the `jp-prefecture` crate, read once into a table. The regions
//! are the usual eight (八地方区分), by code range; no crate we found carries them.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::texts::texts;

/// A JIS X 0401 prefecture code, 1 (北海道) to 47 (沖縄県).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(transparent)]
pub struct PrefectureCode(pub u8);

impl PrefectureCode {
    /// The code as two digits ("01"-"47").
    pub fn two_digits(self) -> String {
        format!("{:02}", self.0)
    }
}

impl std::fmt::Display for PrefectureCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}", self.0)
    }
}

/// Names and readings of one prefecture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrefectureInfo {
    /// JIS X 0401 code.
    pub code: PrefectureCode,
    /// Full name in kanji (東京都).
    pub kanji: String,
    /// Name without 都/府/県 (東京); 北海道 stays whole.
    pub kanji_short: String,
    /// Full reading in hiragana (とうきょうと).
    pub hiragana: String,
    /// Reading without the suffix (とうきょう).
    pub hiragana_short: String,
    /// English name (Tokyo).
    pub english: String,
    /// Its region.
    pub region: Region,
}

/// All 47, in code order.
pub fn all() -> &'static [PrefectureInfo] {
    static TABLE: OnceLock<Vec<PrefectureInfo>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (1_u8..=47)
            .filter_map(|code| {
                let p = jp_prefecture::prefectures::find_by_code(u32::from(code)).ok()?;
                Some(PrefectureInfo {
                    code: PrefectureCode(code),
                    kanji: p.kanji(),
                    kanji_short: p.kanji_short(),
                    hiragana: p.hiragana(),
                    hiragana_short: p.hiragana_short(),
                    english: p.english(),
                    region: Region::of(PrefectureCode(code))?,
                })
            })
            .collect()
    })
}

/// A prefecture by code.
pub fn by_code(code: PrefectureCode) -> Option<&'static PrefectureInfo> {
    all().iter().find(|p| p.code == code)
}

/// A prefecture by its full kanji name.
pub fn by_name(name: &str) -> Option<&'static PrefectureInfo> {
    all().iter().find(|p| p.kanji == name)
}

/// The eight regions (八地方区分).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Region {
    /// 北海道 (01).
    Hokkaido,
    /// 東北 (02-07).
    Tohoku,
    /// 関東 (08-14).
    Kanto,
    /// 中部 (15-23).
    Chubu,
    /// 近畿 (24-30).
    Kinki,
    /// 中国 (31-35).
    Chugoku,
    /// 四国 (36-39).
    Shikoku,
    /// 九州・沖縄 (40-47).
    KyushuOkinawa,
}

impl Region {
    /// The eight, north to south.
    pub const ALL: [Self; 8] = [
        Self::Hokkaido,
        Self::Tohoku,
        Self::Kanto,
        Self::Chubu,
        Self::Kinki,
        Self::Chugoku,
        Self::Shikoku,
        Self::KyushuOkinawa,
    ];

    /// The region of a prefecture code; `None` outside 1-47.
    pub fn of(code: PrefectureCode) -> Option<Self> {
        Some(match code.0 {
            1 => Self::Hokkaido,
            2..=7 => Self::Tohoku,
            8..=14 => Self::Kanto,
            15..=23 => Self::Chubu,
            24..=30 => Self::Kinki,
            31..=35 => Self::Chugoku,
            36..=39 => Self::Shikoku,
            40..=47 => Self::KyushuOkinawa,
            _ => return None,
        })
    }

    /// What else the region is called in the search box, besides its names in both languages:
    /// its reading in hiragana, its name in romaji without long vowels, and common other names
    /// (関西 for 近畿, 九州 for 九州・沖縄). Lower case; search keys, not texts shown.
    pub fn other_words(self) -> &'static [&'static str] {
        match self {
            Self::Hokkaido => &["ほっかいどう", "hokkaido"],
            Self::Tohoku => &["とうほく", "tohoku"],
            Self::Kanto => &["かんとう", "kanto"],
            Self::Chubu => &["ちゅうぶ", "chubu"],
            Self::Kinki => &["きんき", "kinki", "関西", "かんさい", "kansai"],
            Self::Chugoku => &["ちゅうごく", "chugoku"],
            Self::Shikoku => &["しこく", "shikoku"],
            Self::KyushuOkinawa => &[
                "きゅうしゅう",
                "kyushu",
                "九州",
                "九州沖縄",
                "きゅうしゅうおきなわ",
            ],
        }
    }

    /// The region a search word names, whole: its name in either language, its reading in
    /// kana or romaji (long vowels written or not), or another common name; a trailing 地方 or
    /// "region" aside. `word` is expected NFKC-normalised and lower-cased with macrons
    /// dropped; `kana` is the same word read as hiragana, when it reads as kana.
    pub fn from_word(word: &str, kana: Option<&str>) -> Option<Self> {
        let word = word.trim();
        let word = word
            .strip_suffix("地方")
            .or_else(|| word.strip_suffix("region"))
            .or_else(|| word.strip_suffix("ちほう"))
            .unwrap_or(word)
            .trim();
        let kana = kana.map(|k| k.strip_suffix("ちほう").unwrap_or(k));
        if word.is_empty() {
            return None;
        }
        Self::ALL.into_iter().find(|r| {
            Lang::ALL
                .into_iter()
                .any(|l| r.name(l).to_lowercase() == word)
                || r.other_words()
                    .iter()
                    .any(|w| *w == word || Some(*w) == kana)
        })
    }

    /// The region's name.
    pub fn name(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            Self::Hokkaido => t.filter.region_hokkaido,
            Self::Tohoku => t.filter.region_tohoku,
            Self::Kanto => t.filter.region_kanto,
            Self::Chubu => t.filter.region_chubu,
            Self::Kinki => t.filter.region_kinki,
            Self::Chugoku => t.filter.region_chugoku,
            Self::Shikoku => t.filter.region_shikoku,
            Self::KyushuOkinawa => t.filter.region_kyushu_okinawa,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete_and_in_code_order() {
        let t = all();
        assert_eq!(t.len(), 47);
        for (i, p) in t.iter().enumerate() {
            assert_eq!(usize::from(p.code.0), i + 1);
        }
        assert_eq!(by_code(PrefectureCode(13)).unwrap().kanji, "東京都");
        assert_eq!(
            by_code(PrefectureCode(13)).unwrap().hiragana_short,
            "とうきょう"
        );
        assert_eq!(by_name("沖縄県").unwrap().code, PrefectureCode(47));
        let kanto = t.iter().filter(|p| p.region == Region::Kanto).count();
        assert_eq!(kanto, 7);
        let kyushu = t
            .iter()
            .filter(|p| p.region == Region::KyushuOkinawa)
            .count();
        assert_eq!(kyushu, 8);
    }
}

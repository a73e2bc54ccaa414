//! The population of each prefecture from the 2020 census, for figures per 100,000 people:
//! data from another source than the notice, so every figure derived from it carries its
//! source. 総務省統計局「令和2年国勢調査 人口等基本集計」, final figures (確定値) as of
//! 2020-10-01 (table 2-7-1 on e-Stat), checked against a second download of the Bureau's
//! tables (e-Stat API, statsDataId 0003410379) and by their sum, the national total.

use crate::derived::Tenths;
use crate::prefecture::PrefectureCode;

/// The national population, 2020-10-01: 126,146,099.
pub const NATIONAL: u32 = 126_146_099;

/// The population of each prefecture, by JIS code (01 first).
pub const POPULATION: [u32; 47] = [
    5_224_614,  // 01 北海道
    1_237_984,  // 02 青森県
    1_210_534,  // 03 岩手県
    2_301_996,  // 04 宮城県
    959_502,    // 05 秋田県
    1_068_027,  // 06 山形県
    1_833_152,  // 07 福島県
    2_867_009,  // 08 茨城県
    1_933_146,  // 09 栃木県
    1_939_110,  // 10 群馬県
    7_344_765,  // 11 埼玉県
    6_284_480,  // 12 千葉県
    14_047_594, // 13 東京都
    9_237_337,  // 14 神奈川県
    2_201_272,  // 15 新潟県
    1_034_814,  // 16 富山県
    1_132_526,  // 17 石川県
    766_863,    // 18 福井県
    809_974,    // 19 山梨県
    2_048_011,  // 20 長野県
    1_978_742,  // 21 岐阜県
    3_633_202,  // 22 静岡県
    7_542_415,  // 23 愛知県
    1_770_254,  // 24 三重県
    1_413_610,  // 25 滋賀県
    2_578_087,  // 26 京都府
    8_837_685,  // 27 大阪府
    5_465_002,  // 28 兵庫県
    1_324_473,  // 29 奈良県
    922_584,    // 30 和歌山県
    553_407,    // 31 鳥取県
    671_126,    // 32 島根県
    1_888_432,  // 33 岡山県
    2_799_702,  // 34 広島県
    1_342_059,  // 35 山口県
    719_559,    // 36 徳島県
    950_244,    // 37 香川県
    1_334_841,  // 38 愛媛県
    691_527,    // 39 高知県
    5_135_214,  // 40 福岡県
    811_442,    // 41 佐賀県
    1_312_317,  // 42 長崎県
    1_738_301,  // 43 熊本県
    1_123_852,  // 44 大分県
    1_069_576,  // 45 宮崎県
    1_588_256,  // 46 鹿児島県
    1_467_480,  // 47 沖縄県
];

/// A prefecture's population.
pub fn population(code: PrefectureCode) -> Option<u32> {
    usize::from(code.0)
        .checked_sub(1)
        .and_then(|i| POPULATION.get(i))
        .copied()
}

/// `count` per 100,000 of `population`, rounded once to one decimal (derived); `None` for no
/// population.
pub fn per_100k(count: u32, population: u32) -> Option<Tenths> {
    Tenths::quotient(u64::from(count), u64::from(population), 100_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_47_populations_sum_to_the_national_total() {
        let sum: u64 = POPULATION.iter().map(|&p| u64::from(p)).sum();
        assert_eq!(sum, u64::from(NATIONAL));
        assert_eq!(population(PrefectureCode(13)), Some(14_047_594));
        assert_eq!(population(PrefectureCode(0)), None);
        assert_eq!(population(PrefectureCode(48)), None);
        // 830 / 14,047,594 × 100,000 = 5.908…
        assert_eq!(per_100k(830, 14_047_594).unwrap().to_string(), "5.9");
        // 185 / 1,770,254 × 100,000 = 10.4505…: rounded once, 10.5.
        assert_eq!(per_100k(185, 1_770_254).unwrap().to_string(), "10.5");
        assert_eq!(per_100k(1, 0), None);
    }
}

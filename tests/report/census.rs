//! The bundled 2020 census populations against a second transcription, made from another
//! download of the Statistics Bureau's tables (e-Stat API, statsDataId 0003410379: 国勢調査
//! 時系列データ, the 2020 column) and kept here by name, most populous first, so that a slip
//! in either shows.

use staffing_dashboard::census::{NATIONAL, population};
use staffing_dashboard::prefecture;

/// 令和2年国勢調査 population by prefecture, most populous first (second transcription).
const SECOND_COPY: [(&str, u32); 47] = [
    ("東京都", 14_047_594),
    ("神奈川県", 9_237_337),
    ("大阪府", 8_837_685),
    ("愛知県", 7_542_415),
    ("埼玉県", 7_344_765),
    ("千葉県", 6_284_480),
    ("兵庫県", 5_465_002),
    ("北海道", 5_224_614),
    ("福岡県", 5_135_214),
    ("静岡県", 3_633_202),
    ("茨城県", 2_867_009),
    ("広島県", 2_799_702),
    ("京都府", 2_578_087),
    ("宮城県", 2_301_996),
    ("新潟県", 2_201_272),
    ("長野県", 2_048_011),
    ("岐阜県", 1_978_742),
    ("群馬県", 1_939_110),
    ("栃木県", 1_933_146),
    ("岡山県", 1_888_432),
    ("福島県", 1_833_152),
    ("三重県", 1_770_254),
    ("熊本県", 1_738_301),
    ("鹿児島県", 1_588_256),
    ("沖縄県", 1_467_480),
    ("滋賀県", 1_413_610),
    ("山口県", 1_342_059),
    ("愛媛県", 1_334_841),
    ("奈良県", 1_324_473),
    ("長崎県", 1_312_317),
    ("青森県", 1_237_984),
    ("岩手県", 1_210_534),
    ("石川県", 1_132_526),
    ("大分県", 1_123_852),
    ("宮崎県", 1_069_576),
    ("山形県", 1_068_027),
    ("富山県", 1_034_814),
    ("秋田県", 959_502),
    ("香川県", 950_244),
    ("和歌山県", 922_584),
    ("佐賀県", 811_442),
    ("山梨県", 809_974),
    ("福井県", 766_863),
    ("徳島県", 719_559),
    ("高知県", 691_527),
    ("島根県", 671_126),
    ("鳥取県", 553_407),
];

#[test]
fn the_populations_match_a_second_transcription_and_sum_to_the_national_total() {
    for (name, expected) in SECOND_COPY {
        let p = prefecture::by_name(name).unwrap();
        assert_eq!(population(p.code), Some(expected), "{name}");
    }
    let sum: u64 = SECOND_COPY.iter().map(|(_, p)| u64::from(*p)).sum();
    assert_eq!(sum, 126_146_099);
    assert_eq!(NATIONAL, 126_146_099);
    let mut names: Vec<&str> = SECOND_COPY.iter().map(|(n, _)| *n).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 47, "every prefecture once");
}

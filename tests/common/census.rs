//! The 2020 census populations as the tests know them: a second transcription, made from another
//! download of the Statistics Bureau's tables (e-Stat API, statsDataId 0003410379: 国勢調査
//! 時系列データ, the 2020 column) and kept here by name, most populous first, so that a slip in
//! either shows; and a figure per 100,000 people computed from them in integers, apart from the
//! product's own arithmetic.

/// 令和2年国勢調査 population by prefecture, most populous first (second transcription).
pub const SECOND_COPY: [(&str, u32); 47] = [
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

/// A prefecture's population, by its name.
pub fn population(name: &str) -> u64 {
    let (_, p) = SECOND_COPY
        .iter()
        .find(|(n, _)| *n == name)
        .expect("a prefecture's name");
    u64::from(*p)
}

/// `n / population × 100,000` in tenths, rounded half up (四捨五入).
pub fn tenths(n: u64, population: u64) -> u64 {
    let twice = n
        .checked_mul(2_000_000)
        .and_then(|x| x.checked_add(population));
    twice
        .and_then(|x| x.checked_div(population.checked_mul(2)?))
        .expect("figures and populations far below u64's range")
}

/// Tenths as one decimal: 96 → "9.6".
pub fn shown(t: u64) -> String {
    format!("{}.{}", t / 10, t % 10)
}

/// A figure per 100,000 people as every surface prints it, computed here.
pub fn per_100k(n: u32, name: &str) -> String {
    shown(tenths(u64::from(n), population(name)))
}

//! Lines broken as Japanese (and English) text is set on paper, for what leaves the window (the
//! chart pictures and the contact sheet): never inside a number with its unit (「2021年6月2日
//! 時点」, 「別紙3」, 「47中8位」), inside a katakana word (「ナースセンター」) or an English
//! word; no line starting with 、。）」 and the like or ending with （「 (禁則); at a phrase's
//! edge where the line allows one (after a particle, punctuation or a space, where kanji meet
//! kana), else between any two characters that allow it; and no last line of one character.

/// Whether a line may break between `a` and `b` at all.
pub fn can_break(a: char, b: char) -> bool {
    const NO_BREAK_BEFORE: &str = "、。，．・：；？！ー）」』】〕〉》”’ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々～…),.;:!?%％]}";
    const NO_BREAK_AFTER: &str = "（「『【〔〈《“‘([{〒￥$";
    const UNITS: &str = "年月日時点分件人名倍位万千億円歳中%％";
    if NO_BREAK_BEFORE.contains(b) || NO_BREAK_AFTER.contains(a) || b == ' ' || a == '\u{a0}' {
        return false;
    }
    if a == ' ' {
        return true;
    }
    let digit = |c: char| c.is_ascii_digit();
    // A number with its unit or its label: 2021年6月2日時点, 別紙3, 47中8位, 注1, 47 都道府県.
    if (digit(a) && is_wide(b)) || (is_wide(a) && digit(b)) {
        return false;
    }
    // Inside a date: 年6, 月2, 日時点.
    if is_date_unit(a) && (digit(b) || UNITS.contains(b)) {
        return false;
    }
    // A katakana word stays whole (an English word or number does too: only a space, a slash
    // or a wide character gives a break between narrow ones).
    if is_katakana(a) && is_katakana(b) {
        return false;
    }
    // A path or an address breaks after its slashes, not inside a date (2021/5/30).
    if a == '/' {
        return !digit(b) && b != '/';
    }
    is_wide(a) || is_wide(b)
}

/// Whether a break between `a` and `b` falls at a phrase's edge (a good place), not only where
/// one is allowed.
fn phrase_edge(a: char, b: char) -> bool {
    a == ' '
        || "、。，．）」』】〕〉》！？".contains(a)
        || "（「『【〔〈《".contains(b)
        || (is_hiragana(a) && !is_hiragana(b))
        || (is_kanji(a) != is_kanji(b) && (is_katakana(a) || is_katakana(b)))
        || (a.is_ascii_alphanumeric() && is_wide(b))
        || (is_wide(a) && b.is_ascii_alphanumeric())
}

/// `text` broken into lines no wider than `width` as `measure` measures them; a `\n` starts a
/// new line. A line breaks at the last phrase edge that fits, else at the last place allowed,
/// else where it must (a word wider than the line). Never empty.
pub fn wrap(text: &str, width: f32, measure: impl Fn(char) -> f32) -> Vec<String> {
    let mut all = Vec::new();
    for paragraph in text.split('\n') {
        let mut lines = Vec::new();
        let chars: Vec<char> = paragraph.chars().collect();
        let mut start = 0_usize;
        let mut first = true;
        while start < chars.len() || first {
            first = false;
            let rest = chars.get(start..).unwrap_or_default();
            let end = start.saturating_add(line_end(rest, width, &measure));
            lines.push(
                chars
                    .get(start..end)
                    .unwrap_or_default()
                    .iter()
                    .collect::<String>(),
            );
            start = end;
            while chars.get(start) == Some(&' ') {
                start = start.saturating_add(1);
            }
        }
        no_lone_last(&mut lines, &measure, width);
        all.extend(lines);
    }
    all.into_iter().map(|l| l.trim_end().to_owned()).collect()
}

/// How many of `chars` the line takes.
fn line_end(chars: &[char], width: f32, measure: &impl Fn(char) -> f32) -> usize {
    let mut used = 0.0;
    let mut fits = 0_usize;
    for &c in chars {
        let w = measure(c);
        if used + w > width && fits > 0 {
            break;
        }
        used += w;
        fits = fits.saturating_add(1);
    }
    if fits >= chars.len() {
        return chars.len();
    }
    let pair = |i: usize| {
        let a = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        a.zip(chars.get(i).copied())
    };
    // The last phrase edge in the line's later half, else the last break allowed.
    let edge = (1..=fits)
        .rev()
        .take_while(|&i| i.saturating_mul(2) >= fits)
        .find(|&i| pair(i).is_some_and(|(a, b)| can_break(a, b) && phrase_edge(a, b)));
    let allowed = || {
        (1..=fits)
            .rev()
            .find(|&i| pair(i).is_some_and(|(a, b)| can_break(a, b)))
    };
    edge.or_else(allowed).unwrap_or(fits)
}

/// A last line of one character (an orphan 「い」) takes the previous line's last allowed piece
/// with it, where that line has room to give.
fn no_lone_last(lines: &mut [String], measure: &impl Fn(char) -> f32, width: f32) {
    let n = lines.len();
    if n < 2 {
        return;
    }
    let (Some(prev), Some(last)) = (lines.get(n.saturating_sub(2)), lines.last()) else {
        return;
    };
    if last.trim().chars().count() != 1 {
        return;
    }
    let chars: Vec<char> = prev.chars().collect();
    let tail_width = |from: usize| -> f32 {
        chars
            .get(from..)
            .unwrap_or_default()
            .iter()
            .chain(last.chars().collect::<Vec<_>>().iter())
            .map(|&c| measure(c))
            .sum()
    };
    let cut = (2..chars.len()).rev().find(|&i| {
        let a = chars.get(i.saturating_sub(1)).copied();
        a.zip(chars.get(i).copied())
            .is_some_and(|(a, b)| can_break(a, b))
            && tail_width(i) <= width
    });
    if let Some(cut) = cut {
        let moved: String = chars.get(cut..).unwrap_or_default().iter().collect();
        let kept: String = chars.get(..cut).unwrap_or_default().iter().collect();
        let joined = format!("{moved}{last}");
        if let Some(p) = lines.get_mut(n.saturating_sub(2)) {
            *p = kept;
        }
        if let Some(l) = lines.last_mut() {
            *l = joined;
        }
    }
}

fn is_date_unit(c: char) -> bool {
    "年月日時".contains(c)
}

fn is_hiragana(c: char) -> bool {
    matches!(u32::from(c), 0x3041..=0x309F)
}

fn is_katakana(c: char) -> bool {
    matches!(u32::from(c), 0x30A0..=0x30FF | 0xFF66..=0xFF9F)
}

fn is_kanji(c: char) -> bool {
    matches!(u32::from(c), 0x3400..=0x9FFF | 0xF900..=0xFAFF) || c == '々'
}

/// A character set full width (kana, kanji, full-width forms).
pub fn is_wide(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character as wide as the bundled font sets it, near enough: full width 1, else 0.5.
    fn measure(c: char) -> f32 {
        if is_wide(c) { 1.0 } else { 0.5 }
    }

    fn lines(text: &str, width: f32) -> Vec<String> {
        wrap(text, width, measure)
    }

    #[test]
    fn numbers_with_their_units_and_words_stay_whole() {
        for (a, b) in [
            ('紙', '3'),
            ('年', '6'),
            ('2', '日'),
            ('日', '時'),
            ('7', '中'),
            ('ン', 'タ'),
            ('e', 'y'),
            ('2', ','),
            ('1', '/'),
            ('3', '県'),
            ('n', '-'),
        ] {
            assert!(!can_break(a, b), "{a}{b}");
        }
        for (a, b) in [
            ('人', '口'),
            ('年', 'の'),
            ('の', '合'),
            ('、', '東'),
            ('府', 'ナ'),
            (' ', 'x'),
            ('/', 'p'),
        ] {
            assert!(can_break(a, b), "{a}{b}");
        }
        assert!(!can_break('都', '、') && !can_break('（', '東') && !can_break('x', ' '));
        // A no-break space joins what stands on both sides of it.
        assert!(!can_break('\u{a0}', '都') && !can_break('\u{a0}', 'p'));
        // A date's units hold on to what follows them in the date (年6, 日時), not to a word.
        assert!(is_date_unit('年') && !is_date_unit('人'));
        assert!(is_kanji('都') && is_kanji('々') && !is_kanji('の') && !is_kanji('ナ'));
    }

    #[test]
    fn lines_break_at_phrases_never_inside_numbers_dates_or_katakana() {
        // The examples, each in a line too short for it.
        let l = lines("出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3", 21.0);
        assert!(
            l.iter()
                .all(|x| !x.ends_with("別紙") && !x.starts_with('3')),
            "{l:?}"
        );
        let l = lines("2021年6月2日時点の各都道府県ナースセンターからの報告", 10.0);
        assert!(
            l.iter()
                .all(|x| !x.ends_with("ナースセン") && !x.ends_with('2')),
            "{l:?}"
        );
        assert!(l.iter().any(|x| x.contains("2021年6月2日時点")), "{l:?}");
        let l = lines("ワクチン関連については21/4/12以降", 9.0);
        assert!(l.iter().all(|x| !x.ends_with("ワクチン関")), "{l:?}");
        let l = lines("表示中の合計\u{a0}2,591（計算値）", 7.0);
        assert!(l.iter().all(|x| !x.ends_with("合計")), "{l:?}");
        // Short enough: one line; an empty text: one empty line.
        assert_eq!(lines("東京都", 10.0), ["東京都"]);
        assert_eq!(lines("", 10.0), [""]);
        assert_eq!(lines("a\nb", 10.0), ["a", "b"]);
        // A word wider than the line still moves on.
        assert_eq!(lines("ナースセンター", 3.0).concat(), "ナースセンター");
    }

    #[test]
    fn no_last_line_of_one_character() {
        // Greedy, the last line would be 「か」 alone: the line before gives it 「お」.
        assert_eq!(lines("あいうえおか", 5.0), ["あいうえ", "おか"]);
        // Two characters left: nothing to mend; one paragraph's mending stays in it.
        assert_eq!(lines("あいうえおかき", 5.0), ["あいうえお", "かき"]);
        assert_eq!(lines("あいうえおか\nさ", 5.0), ["あいうえ", "おか", "さ"]);
        // A last character that no break may reach keeps its line (no room to give).
        assert_eq!(lines("あいう\nえ", 5.0), ["あいう", "え"]);
        // Three lines: the last two mend.
        assert_eq!(
            lines("あいうえおかきくけこさ", 5.0),
            ["あいうえお", "かきくけ", "こさ"]
        );
        // What moves down starts at a place a line may break: not inside 「アイ」.
        let mut mended = vec!["あいうアイ".to_owned(), "ウ".to_owned()];
        no_lone_last(&mut mended, &measure, 5.0);
        assert_eq!(mended, ["あいう", "アイウ"]);
        let l = lines(
            "看護師の確保に関するお問い合わせは、都道府県ナースセンターにお問い合わせ下さい",
            12.0,
        );
        assert!(l.last().unwrap().chars().count() > 1, "{l:?}");
        assert_eq!(
            l.concat(),
            "看護師の確保に関するお問い合わせは、都道府県ナースセンターにお問い合わせ下さい"
        );
        assert!(
            l.iter()
                .all(|x| x.chars().map(measure).sum::<f32>() <= 12.0),
            "{l:?}"
        );
    }

    #[test]
    fn phrase_edges_are_where_words_meet() {
        for (a, b) in [
            (' ', 'x'),
            ('、', '東'),
            ('都', '「'),
            ('の', '合'),
            ('府', 'ナ'),
            ('ン', '関'),
            ('t', 'の'),
            ('の', 'K'),
        ] {
            assert!(phrase_edge(a, b), "{a}|{b}");
        }
        for (a, b) in [
            ('東', '京'),
            ('ナ', 'ー'),
            ('の', 'に'),
            ('a', 'b'),
            ('ン', 'の'),
        ] {
            assert!(!phrase_edge(a, b), "{a}{b}");
        }
        // Slashes: after one in a path, never inside a date or a double slash.
        assert!(can_break('/', 'p'));
        assert!(!can_break('/', '2') && !can_break('/', '/'));
        // Two kanji may part where nothing better is found; two narrow letters may not.
        assert!(can_break('京', '都') && can_break('x', '東') && !can_break('a', 'b'));
    }
}

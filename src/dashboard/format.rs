//! Numbers and dates as the reader reads them, in either language.

use crate::derived::Tenths;
use crate::lang::Lang;
use crate::report::{Days, Hours, Qualifier};
use crate::texts::{fill, format_count, format_date, texts};

/// A derived value (rounded once to one decimal, [`Tenths`]) with its unit, or a dash where it
/// is undefined (division by zero). The one path every surface prints a derived value by.
pub fn format_derived(v: Option<Tenths>, unit: &str) -> String {
    v.map_or_else(|| "—".to_owned(), |v| format!("{v}{unit}"))
}

/// A national figure with its qualifier: 約4,200名 / about 4,200 nurses.
pub fn format_qualified(value: u32, q: Qualifier, unit: &str, lang: Lang) -> String {
    let n = format_count(value);
    let t = texts(lang);
    let template = match q {
        Qualifier::Exact => t.sources.qualified_exact,
        Qualifier::About => t.sources.qualified_about,
        Qualifier::AtLeast => t.sources.qualified_at_least,
    };
    fill(template, &[("value", &n), ("unit", &unit)])
}

/// 「（2021年5月24日時点）」 / " (as of 2021-05-24)".
pub fn as_of(iso: &str, lang: Lang) -> String {
    fill(
        texts(lang).sources.as_of,
        &[("date", &format_date(iso, lang))],
    )
}

/// Opening hours in the reader's language, only as far as the report states them: in Japanese
/// the source's own words.
pub fn hours_text(h: &Hours, lang: Lang) -> String {
    if lang == Lang::Ja && !h.text.is_empty() {
        return h.text.clone();
    }
    let t = texts(lang);
    let days = match h.days {
        Days::Weekdays => t.sources.weekdays,
    };
    let holidays = match h.holidays_excluded {
        Some(true) => t.sources.not_on_holidays,
        Some(false) => t.sources.also_on_holidays,
        None => "",
    };
    fill(
        t.side.hours_range,
        &[
            ("days", &days),
            ("from", &h.from),
            ("to", &h.to),
            ("holidays", &holidays),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_have_thousands_separators() {
        assert_eq!(format_count(0), "0");
        assert_eq!(format_count(830), "830");
        assert_eq!(format_count(9828), "9,828");
        assert_eq!(format_count(1_234_567), "1,234,567");
        assert_eq!(format_count(u32::MAX), "4,294,967,295");
    }

    #[test]
    fn hours_as_the_source_gives_them() {
        let r = crate::report::bundled().unwrap().report;
        let gmis = r.contact("gmis").unwrap().hours.clone().unwrap();
        // Japanese: the source's own words; English: our reading of them.
        assert_eq!(hours_text(&gmis, Lang::Ja), "土日祝日を除く平日9時～17時");
        assert_eq!(
            hours_text(&gmis, Lang::En),
            "Weekdays 09:00 to 17:00, not on public holidays"
        );
        // Without the source's words, Japanese reads the hours as English does.
        let mut bare = gmis.clone();
        bare.text.clear();
        assert_eq!(
            hours_text(&bare, Lang::Ja),
            "平日 09:00〜17:00（祝日を除く）"
        );
        bare.holidays_excluded = Some(false);
        assert_eq!(
            hours_text(&bare, Lang::Ja),
            "平日 09:00〜17:00（祝日も受付）"
        );
        bare.holidays_excluded = None;
        assert_eq!(
            hours_text(&bare, Lang::En),
            "Weekdays 09:00 to 17:00",
            "the source says nothing of holidays"
        );
        assert_eq!(as_of("2021-05-24", Lang::Ja), "（2021年5月24日時点）");
        assert_eq!(as_of("2021-05-24", Lang::En), " (as of 2021-05-24)");
    }

    #[test]
    fn derived_and_dates() {
        assert_eq!(
            format_derived(Tenths::quotient(1284, 826, 1), ""),
            "1.6",
            "1,284 ÷ 826 = 1.554…"
        );
        assert_eq!(
            format_derived(Tenths::quotient(185, 400, 100), "%"),
            "46.3%"
        );
        assert_eq!(format_derived(None, "%"), "—");
        assert_eq!(format_date("2021-05-19", Lang::Ja), "2021年5月19日");
        assert_eq!(format_date("2021-05-19", Lang::En), "2021-05-19");
        assert_eq!(
            format_qualified(3400, Qualifier::AtLeast, "名", Lang::Ja),
            "3,400名以上"
        );
    }
}

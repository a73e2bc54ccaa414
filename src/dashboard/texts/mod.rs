//! The dashboard's words, one file per language (`ja.rs`, `en.rs`): a translator, or a later
//! やさしい日本語 edition, edits one file. Every text is a field of [`Texts`], so a text missing in
//! either language does not build; a test checks that none is empty and that both languages use
//! the same `{placeholders}`.
//!
//! Moved here so far: every fixed text of the panels and of the app's messages, and the texts
//! built around a value (templates with `{placeholders}`). Still elsewhere: a few texts whose
//! languages differ in more than wording (`match lang` in `ui/`), the model's labels
//! (`Metric::label`, `Actor::label`, region names) and the report's and command line's messages.

use crate::lang::Lang;

mod en;
mod ja;

/// Declares [`Texts`] and the list of its fields in one place.
macro_rules! texts {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Every text of the panels moved here, in one language.
        #[derive(Debug)]
        pub struct Texts {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        impl Texts {
            /// Every text with its key, for checks.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

texts! {
    /// The search box's label.
    search,
    /// What the search box takes.
    search_hint,
    /// The search box's tooltip.
    search_help,
    /// The region selector's label.
    region,
    /// No region: every prefecture.
    region_all,
    /// The button that clears the search and the region.
    clear_filter,
    /// Its tooltip.
    clear_filter_help,
    /// 「{total} 件中 {shown} 件を表示」.
    showing,
    /// The view switch's label.
    view,
    /// The table view.
    view_table,
    /// The chart view.
    view_chart,
    /// Table and chart side by side.
    view_split,
    /// The derived column 求職者数÷求人数.
    derived_seekers_per_opening,
    /// The derived column of the vaccination share of openings.
    derived_vaccination_share,
    /// The derived columns' tooltip.
    derived_help,
    /// The language switch's label.
    language,
    /// The colours switch's label.
    colours,
    /// Follow the system's colours.
    colours_system,
    /// Light colours.
    colours_light,
    /// Dark colours.
    colours_dark,
    /// The colours switch's tooltip.
    colours_help,
    /// The sources and notes button.
    sources,
    /// Its tooltip.
    sources_help,
    /// The open report button.
    open_report,
    /// Its tooltip.
    open_report_help,
    /// The report shown: 「レポート: {name}」.
    report_name,
    /// The button back to the bundled report.
    back_to_bundled,
    /// Closes a dialog.
    close,
    /// The chart's metric selector.
    metric,
    /// The chart's order selector.
    order,
    /// Bars largest first.
    order_by_value,
    /// Bars in code order.
    order_by_code,
    /// The PNG export button.
    save_png,
    /// Its tooltip.
    save_png_help,
    /// Export at the size shown.
    scale_1x,
    /// Export at twice the pixels.
    scale_2x,
    /// The copy-as-image button.
    copy_image,
    /// Its tooltip.
    copy_image_help,
    /// Save the rows shown as CSV.
    save_csv_shown,
    /// Its tooltip.
    save_csv_shown_help,
    /// Save all rows as CSV.
    save_csv_all,
    /// Its tooltip.
    save_csv_all_help,
    /// Copy the rows shown to the clipboard.
    copy_table,
    /// Its tooltip.
    copy_table_help,
    /// Sources and notes
    sources_and_notes,
    /// Source
    source,
    /// Period
    period,
    /// Notes
    notes,
    /// Caveats
    caveats,
    /// National figures in the notice
    national_figures_in_the_notice,
    /// Opens your phone app
    opens_your_phone_app,
    /// ;
    roles_separator,
    /// E-mail
    e_mail,
    /// Hours:
    hours,
    /// Hours: not stated in the source
    hours_not_stated,
    /// If you are short of nurses
    short_of_nurses,
    /// Prefecture nurse centre: select a prefecture in the table to see its phone
    nurse_centre_select_hint,
    /// If you are short of doctors
    short_of_doctors,
    /// What to do next (checklist)
    what_to_do_next_checklist,
    /// Ticks for the national view
    ticks_for_the_national_view,
    /// Back to national view
    back_to_national_view,
    /// Nurse centre phone
    nurse_centre_phone,
    /// National
    national,
    /// Nationwide
    nationwide,
    /// Select a prefecture in the table or chart to see its nurse centre and figures
    select_a_prefecture_hint,
    /// Copy
    copy,
    /// the prefecture's nurse centre
    the_prefectures_nurse_centre,
    /// Contact:
    contact,
    /// ,
    list_separator,
    /// How to use Key-Net
    how_to_use_key_net,
    /// Code
    code,
    /// Prefecture
    prefecture,
    /// Seekers per opening (derived)
    seekers_per_opening_derived,
    /// Vaccination share (derived)
    vaccination_share_derived,
    /// Nurse centre phone
    nurse_centre_phone_header,
    /// JIS X 0401 prefecture code
    jis_x_0401_prefecture_code,
    /// Sorting restores the source's order (by code)
    sorting_restores_order,
    /// Note
    note,
    /// Derived: job seekers ÷ openings (one decimal). Not a published figure
    seekers_per_opening_help,
    /// Derived: openings for vaccination work ÷ openings × 100 (%, one decimal). Not a published figure
    vaccination_share_help,
    /// Each prefecture nurse centre's phone
    phone_header_help,
    /// Total
    total,
    /// Filtered sum
    filtered_sum,
    /// The national total as published in attachment 3
    total_help,
    /// Sum of the prefectures shown (derived, not published)
    filtered_sum_help,
    /// Of which vaccination work
    of_which_vaccination_work,
    /// Other
    other,
    /// Save the chart as PNG
    save_the_chart_as_png,
    /// Save the table as CSV
    save_the_table_as_csv,
    /// Open a report
    open_a_report,
    /// Back to the bundled report
    back_to_bundled_done,
    /// Cannot open a file dialog. Install zenity or xdg-desktop-portal (reports can also be dropped on the window)
    no_file_dialog,
    /// The report could not be opened; the report on screen is unchanged
    report_not_opened,
    /// The chart cannot be drawn again here (no GPU rendering); save at 1x on a light screen
    no_offscreen_render,
    /// Could not draw the chart
    could_not_draw_the_chart,
    /// Copied the chart as an image
    copied_chart,
    /// Could not save; no file was written
    could_not_save,
    /// The chart is off screen
    the_chart_is_off_screen,
    /// Could not open the report
    could_not_open_the_report,
    /// Could not open the report opened last time; showing the bundled report
    last_report_not_opened,
    /// Dismiss
    dismiss,
    /// The copy button's tooltip: what it copies.
    copy_hover,
    /// A prefecture's nurse centre.
    nurse_centre_of,
    /// Whose ticks the checklist shows.
    ticks_for,
    /// A prefecture's nurse centre with its phone.
    nurse_centre_with_phone,
    /// The date the figures stand at.
    as_of_date,
    /// The warning banner's heading.
    report_warnings,
    /// Said after a copy.
    copied_text,
    /// Said after the table is copied.
    copied_rows,
    /// Said after a file is saved.
    saved_path,
    /// The window's title.
    window_title,
    /// Where the published total differs from the sum.
    total_differs,
    /// The source line with the date, under an exported chart.
    source_as_of,
    /// The period in the top bar.
    period_line,
    /// The chart's title: the metric and the published national figure.
    chart_title,
    /// Added to the title when filtered: the sum of the bars shown.
    chart_title_shown,
    /// What the chart shows, for a screen reader and under the title.
    chart_summary,
    /// The summary of a chart with no bars.
    chart_empty,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Ja => &ja::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), &value.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{placeholders}` of a text, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_text_is_there_in_both_languages_with_the_same_placeholders() {
        let (ja, en) = (texts(Lang::Ja).entries(), texts(Lang::En).entries());
        assert_eq!(ja.len(), en.len());
        for ((key, j), (_, e)) in ja.iter().zip(&en) {
            assert!(!j.trim().is_empty(), "{key} is empty in Japanese");
            assert!(!e.trim().is_empty(), "{key} is empty in English");
            assert_eq!(placeholders(j), placeholders(e), "{key}");
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let t = texts(Lang::Ja);
        assert_eq!(
            fill(t.showing, &[("total", &47), ("shown", &1)]),
            "47 件中 1 件を表示"
        );
        assert_eq!(
            fill(texts(Lang::En).showing, &[("total", &47), ("shown", &1)]),
            "Showing 1 of 47"
        );
    }
}

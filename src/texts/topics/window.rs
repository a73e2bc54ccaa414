//! The texts of the window: top bar, filter, views, notices:
//! the keys ([`WindowTexts`]), and the texts in Japanese (`window/ja.rs`)
//! and English (`window/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the window: top bar, filter, views, notices, in one language.
    WindowTexts;
    #[doc = "The search box's label."]
    search,
    #[doc = "What the search box takes."]
    search_hint,
    #[doc = "The search box's tooltip."]
    search_help,
    #[doc = "The region selector's label."]
    region,
    #[doc = "No region: every prefecture."]
    region_all,
    #[doc = "The button that clears the search and the region."]
    clear_filter,
    clear_filter_help,
    #[doc = "The menu of the table's buttons and switches, when the table is narrow."]
    table_tools,
    #[doc = "The heading shown instead of the table or chart when the filter finds nothing."]
    no_match,
    #[doc = "What found nothing: 「「{query}」に当てはまる都道府県はありません」."]
    no_match_query,
    #[doc = "What found nothing, with a region chosen too: the search {query} within {region}."]
    no_match_query_region,
    #[doc = "How to get every prefecture back."]
    no_match_how_to_clear,
    #[doc = "The view switch's label."]
    view,
    #[doc = "The table view."]
    view_table,
    #[doc = "The chart view."]
    view_chart,
    #[doc = "Table and chart side by side."]
    view_split,
    #[doc = "The language switch's label."]
    language,
    #[doc = "The colours switch's label."]
    colours,
    #[doc = "Follow the system's colours."]
    colours_system,
    #[doc = "Light colours."]
    colours_light,
    #[doc = "Dark colours."]
    colours_dark,
    #[doc = "The colours switch's tooltip."]
    colours_help,
    #[doc = "The sources and notes button."]
    sources,
    sources_help,
    #[doc = "Closes a dialog."]
    close,
    #[doc = "The chart's order selector."]
    order,
    #[doc = "Sources and notes"]
    sources_and_notes,
    #[doc = "Source"]
    source,
    #[doc = "Period"]
    period,
    #[doc = "Notes"]
    notes,
    #[doc = "Caveats"]
    caveats,
    #[doc = "National figures in the notice"]
    national_figures_in_the_notice,
    #[doc = "Opens your phone app"]
    opens_your_phone_app,
    #[doc = ";"]
    roles_separator,
    #[doc = "E-mail"]
    e_mail,
    #[doc = "If you are short of nurses"]
    short_of_nurses,
    #[doc = "If you are short of doctors"]
    short_of_doctors,
    #[doc = "What to do next (checklist)"]
    what_to_do_next_checklist,
    #[doc = "National"]
    national,
    #[doc = "The side panel's section of the prefecture's figures."]
    figures_and_ranks,
    #[doc = "A contact card's fold."]
    card_details,
    #[doc = "The fold of a card with a registration for job seekers."]
    card_registration,
    #[doc = "Nationwide"]
    nationwide,
    #[doc = "Select a prefecture in the table or chart to see its nurse centre and figures"]
    select_a_prefecture_hint,
    #[doc = "the prefecture's nurse centre"]
    the_prefectures_nurse_centre,
    #[doc = ","]
    list_separator,
    #[doc = "How to use Key-Net"]
    how_to_use_key_net,
    #[doc = "Seekers per opening (derived)"]
    seekers_per_opening_derived,
    #[doc = "Vaccination share (derived)"]
    vaccination_share_derived,
    #[doc = "JIS X 0401 prefecture code"]
    jis_x_0401_prefecture_code,
    #[doc = "Sorting restores the source's order (by code)"]
    sorting_restores_order,
    #[doc = "Note"]
    note,
    #[doc = "Derived: job seekers ÷ openings (one decimal). Not a published figure"]
    seekers_per_opening_help,
    #[doc = "The vaccination share's formula and its two periods: {`vaccination_from`} {from}."]
    vaccination_share_help,
    #[doc = "Filtered sum"]
    filtered_sum,
    #[doc = "Sum of the prefectures shown (derived, not published)"]
    filtered_sum_help,
    #[doc = "Of which vaccination work"]
    of_which_vaccination_work,
    #[doc = "Other"]
    other,
    #[doc = "Cannot open a file dialog. Install zenity or xdg-desktop-portal (reports can also be dropped"]
    #[doc = "on the window)"]
    no_file_dialog,
    #[doc = "The chart is off screen"]
    the_chart_is_off_screen,
    #[doc = "Dismiss"]
    dismiss,
    #[doc = "The date the figures stand at."]
    as_of_date,
    #[doc = "The window's title."]
    window_title,
    #[doc = "The source line with the date, under an exported chart."]
    source_as_of,
    #[doc = "The period in the top bar."]
    period_line,
    #[doc = "Who acts: the health departments the first notice addresses."]
    actor_health_department,
    #[doc = "Who acts: who runs a venue (健診機関等, the associations' medical institutions)."]
    actor_operator,
    #[doc = "Region names."]
    region_hokkaido,
    region_tohoku,
    region_kanto,
    region_chubu,
    region_kinki,
    region_chugoku,
    region_shikoku,
    region_kyushu_okinawa,
    #[doc = "After a date in running text."]
    as_of,
    #[doc = "The source under the top bar and in exports."]
    source_line,
    #[doc = "The sources window: the notice."]
    source_document,
    #[doc = "Between the notice's issuers."]
    issuers_separator,
    #[doc = "The sources window: the period and its vaccination parts."]
    period_detail,
    #[doc = "A contact card's service and attachment."]
    service_line,
    #[doc = "Hours: on weekdays."]
    weekdays,
    #[doc = "Hours: closed on public holidays."]
    not_on_holidays,
    #[doc = "Hours: open on public holidays."]
    also_on_holidays,
    #[doc = "A note mark after a sentence."]
    note_after_sentence,
    #[doc = "A note mark after a phrase."]
    note_after_phrase,
    #[doc = "Where a finding is: its prefecture."]
    in_prefecture,
    #[doc = "Where a finding is: its field."]
    in_field,
    #[doc = "A national figure as the notice gives it."]
    qualified_exact,
    #[doc = "A national figure the notice gives as about (約)."]
    qualified_about,
    #[doc = "A national figure the notice gives as at least (以上)."]
    qualified_at_least,
    #[doc = "A report was opened."]
    opened,
    #[doc = "A report was opened with warnings."]
    opened_with_warnings,
    #[doc = "One item of a list."]
    bullet,
    #[doc = "A label and its value."]
    labelled,
    #[doc = "The source of an imported table: {file}; the notice's {document} {date} (and {attachment})"]
    #[doc = "gives the contacts and steps."]
    source_line_imported,
    #[doc = "Closes a form without doing anything."]
    cancel,
    #[doc = "Removes the kept report shown."]
    remove_report,
    remove_report_help,
    #[doc = "The question before a report is removed."]
    confirm_remove_title,
    #[doc = "What removing does: {file}."]
    confirm_remove_body,
    #[doc = "The button that removes."]
    confirm_remove_button,
    #[doc = "The population's source, under every figure per 100,000 people."]
    census_source,
    #[doc = "The vaccination share's name with its two periods, for titles: {`vaccination_from`} {from}."]
    vaccination_share_periods,
    #[doc = "A note as a line: {number} {text}."]
    note_line,
    #[doc = "A note of another table (the notice's) as a line: {number} {date} {text}."]
    note_line_of_table,
    #[doc = "The notes' heading under another table: {date} {attachment}."]
    notes_of_table,
    #[doc = "The caveats' heading under another table: {date} {attachment}."]
    caveats_of_table,
    #[doc = "A national figure that is a note of the notice's table: {date} {number}."]
    national_figure_of_note,
    #[doc = "A national figure of the notice's text: {date}."]
    national_figure_of_notice,
    #[doc = "The period line under an imported table: {from} {to} {`vaccination_from`} {`notes_date`}."]
    period_line_imported,
    #[doc = "The period's detail under an imported table, with the table that states it: {date} {detail}."]
    period_detail_of_table,
    #[doc = "A start date borrowed from the notice's table: {from} {date}."]
    from_of_table,
    #[doc = "The regions' convention, on the region selector."]
    region_convention,
    #[doc = "The sources window under an imported table: the notice, for what it gives: {document} {date}"]
    #[doc = "{issuers} {title} {attachment}."]
    source_document_of_contacts,
    #[doc = "A write refused: the target is no regular file."]
    write_not_a_file,
    #[doc = "The source line when comparing: {source} {date} {line}."]
    source_compared,
    #[doc = "The view switch: the tile map."]
    view_map,
}

//! The texts of sources, periods, notes and caveats:
//! the keys ([`SourcesTexts`]), and the texts in Japanese (`sources/ja.rs`)
//! and English (`sources/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of sources, periods, notes and caveats, in one language.
    SourcesTexts;
    #[doc = "The sources and notes button."]
    sources,
    sources_help,
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
    #[doc = "National"]
    national,
    #[doc = "Note"]
    note,
    #[doc = "The date the figures stand at."]
    as_of_date,
    #[doc = "The source line with the date, under an exported chart."]
    source_as_of,
    #[doc = "The period in the top bar."]
    period_line,
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
    #[doc = "A national figure as the notice gives it."]
    qualified_exact,
    #[doc = "A national figure the notice gives as about (約)."]
    qualified_about,
    #[doc = "A national figure the notice gives as at least (以上)."]
    qualified_at_least,
    #[doc = "The source of an imported table: {file}; the notice's {document} {date} (and {attachment})"]
    #[doc = "gives the contacts and steps."]
    source_line_imported,
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
    #[doc = "The sources window under an imported table: the notice, for what it gives: {document} {date}"]
    #[doc = "{issuers} {title} {attachment}."]
    source_document_of_contacts,
    #[doc = "The source line when comparing: {source} {date} {line}."]
    source_compared,
}

//! English: the texts of sources, periods, notes and caveats.

use super::SourcesTexts;

/// The texts in English.
pub const EN: SourcesTexts = SourcesTexts {
    sources: "Sources and notes…",
    sources_help: "Period, notes 1-3, caveats and the notice's national figures",
    sources_and_notes: "Sources and notes",
    source: "Source",
    period: "Period",
    notes: "Notes",
    caveats: "Caveats",
    national_figures_in_the_notice: "National figures in the notice (text and attachments)",
    national: "National",
    note: "Note ",
    as_of_date: "As of {date}",
    source_as_of: "{source}, as of {date}",
    period_line: "Period {from} to {to} (vaccination items from {vaccination_from})",
    as_of: " (as of {date})",
    source_line: "Source: MHLW, {document} of {date}, attachment {attachment}",
    source_document: "{document} of {date} ({issuers}), {title}, attachment {attachment}",
    issuers_separator: "; ",
    period_detail: "{from} to {to}. Vaccination openings from {vaccination_from}, employed in vaccination \
        work from {employed_from}",
    service_line: "{service} (attachment {attachment})",
    weekdays: "Weekdays",
    not_on_holidays: ", not on public holidays",
    also_on_holidays: ", also on public holidays",
    note_after_sentence: ", note {number}",
    note_after_phrase: ", note {number}",
    qualified_exact: "{value} {unit}",
    qualified_about: "about {value} {unit}",
    qualified_at_least: "{value}+ {unit}",
    source_line_imported: "Source: the imported table ({file}); contacts and steps: MHLW, {document} of {date}",
    census_source: "Population: Statistics Bureau of Japan, 2020 Census, basic complete tabulation (as of \
        2020-10-01, final)",
    vaccination_share_periods: "Vaccination share (derived: vaccination openings from {vaccination_from} ÷ \
        openings from {from})",
    note_line: "Note {number}: {text}",
    note_line_of_table: "Note {number} (of the table as of {date}): {text}",
    notes_of_table: "Notes of the table as of {date} (attachment {attachment} of the notice)",
    caveats_of_table: "Caveats of the table as of {date} (attachment {attachment} of the notice)",
    national_figure_of_note: " (note {number} of the table as of {date})",
    national_figure_of_notice: " (notice of {date})",
    period_line_imported: "Period to {to} (the start {from} and vaccination items from {vaccination_from} \
        as stated for the table as of {notes_date})",
    period_detail_of_table: "As stated for the table as of {date}: {detail}",
    from_of_table: "{from} (as stated for the table as of {date})",
    source_document_of_contacts: "Contacts, steps and national figures: {document} of {date} ({issuers}), \
        {title} (the table is the imported one, not its attachment {attachment})",
    source_compared: "{source}, as of {date}; {line} (derived)",
};

//! English: the texts of the briefing pack.

use super::PackTexts;

/// The texts in English.
pub const EN: PackTexts = PackTexts {
    save: "Briefing PDF…",
    save_help: "Save a briefing pack as A4 PDF: the headline figures and the map, the table (A4 \
        landscape), the chart, whom to call; with the selected prefecture, the filter, the \
        comparison and per 100,000 people as shown. Charts are vector drawings that stay sharp; \
        the text can be selected and searched",
    save_title: "Save the briefing pack as PDF",
    file: "briefing",
    title: "Briefing pack: {title} (as of {date})",
    page: "Page {page} of {pages}",
    headline: "Headline figures",
    figures_of: "{name} and the nation",
    figures_national: "The nation (total)",
    figures_filtered: "{filter}: the sum and the nation",
    col_sum: "Sum (derived)",
    changes: "What changed since the earlier table (as of {date})",
    table_heading: "The table",
    table_continued: "The table ({page} of {pages})",
    derived_legend: "Italics: values we computed from the table (derived), not published ones",
    contacts_heading: "Whom to call (national)",
    labelled: "{label}: {value}",
    err_font: "Cannot read the bundled font",
    err_pdf: "Cannot make the PDF: {error}",
    err_sheet: "Cannot lay out the contact sheet: {error}",
};

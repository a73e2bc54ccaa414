//! English: the texts of the Excel workbook.

use super::WorkbookTexts;

/// The texts in English.
pub const EN: WorkbookTexts = WorkbookTexts {
    save: "Save as Excel…",
    save_help: "Saves the table shown (filtered and sorted as it is) with sheets of the contacts \
        and the steps as an Excel workbook (.xlsx) that prints on A4 landscape, one page wide",
    save_title: "Save the table as an Excel workbook",
    sheet_table: "Table",
    sheet_contacts: "Contacts",
    sheet_steps: "Steps",
    title: "{title} (as of {date})",
    sorted: "Sorted by {column} ({order})",
    descending: "descending",
    ascending: "ascending",
    derived_legend: "Columns and rows in italics are derived, not published (their formulas in the \
        headers' comments)",
    per_capita_formula: "Derived: {metric} ÷ population (2020 census) × 100,000 (to one decimal, \
        rounded half up). The total is divided by the national population of {national}",
    change_formula: "Derived: {metric} in this table ({new}) minus in the table compared with ({old})",
    page_footer: "Page {page} of {pages}",
    contacts_title: "Contacts (from the attachments of the MHLW notice of {date})",
    nurse_centres_title: "Each prefecture's nurse centre",
    attachment: "Attachment",
    service: "Service",
    organisation: "Contact",
    roles: "For",
    phone: "Phone",
    reach: "Phone, fax, e-mail",
    hours: "Hours",
    address: "Address",
    links: "Links",
    licence: "Licence, registration",
    link: "{label}: {url}",
    steps_title: "Steps to take (from the text of the MHLW notice of {date})",
    step: "Step",
    actor: "Who",
    action: "What to do",
    role: "Why",
    whom: "Whom to call",
    stage: "When",
    failed: "The Excel workbook could not be made: {error}",
};

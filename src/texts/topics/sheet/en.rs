//! English: the texts of the contact sheet (PDF).

use super::SheetTexts;

/// The texts in English.
pub const EN: SheetTexts = SheetTexts {
    title: "{name}: whom to call for nurses and doctors",
    subtitle: "From the table: {title} (as of {date})",
    nurse_centre_box: "Short of nurses? Ask {centre} (the contacts of attachment {attachment})",
    phone: "Phone {phone}",
    fax: "Fax {fax}",
    email: "E-mail {email}",
    hours: "Hours: {hours}",
    postal_address: "Post: 〒{postcode} {address}",
    col_item: "Nurse centre figures (cumulative)",
    col_rank: "Rank†",
    rank: "{position} of {of}",
    rank_tied: "{position} of {of} (tied)",
    note_mark: "*{number}",
    flow_step: "{number}. {text}",
    roles_attachment: "{roles} ({attachment})",
    attachment: "attachment\u{a0}{attachment}",
    footer_join: " / ",
    flow_stage: "[{stage}] {steps}",
    flow_then: "; then ",
    step: "{number}. {role}",
    step_action: "[{actor}] {action}",
    period: "Period: {period}",
    compiled: "Compiled: {compiled} ({date})",
    derived: "† Ranks are derived by us from the table, not published ({of} prefectures, largest \
        first; equal figures share a rank).",
    ours: "The checklist steps are our summary of the notices' text, not their wording. All English \
        is our translation; the notice is in Japanese only.",
    err_no_prefecture: "this report has no row for prefecture code {code}",
    err_does_not_fit: "the contact sheet does not fit on one A4 page (even with 8 pt text)",
    err_font: "cannot read the bundled font",
    err_pdf: "cannot make the PDF: {error}",
    cli_bad_code: "invalid prefecture code \"{value}\": give 01-47 (or 1-47)",
    table_imported: "Table: as of {date} (imported)",
    source_imported: "Contacts and steps: MHLW, {document} of {date}",
};

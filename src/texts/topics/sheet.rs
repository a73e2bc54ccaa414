//! The texts of the contact sheet (PDF):
//! the keys ([`SheetTexts`]), and the texts in Japanese (`sheet/ja.rs`)
//! and English (`sheet/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the contact sheet (PDF), in one language.
    SheetTexts;
    #[doc = "The sheet's title: 「{name} 看護師・医師の確保 連絡シート」."]
    title,
    #[doc = "Under the title: the report's short title and the date its figures stand at."]
    subtitle,
    #[doc = "Above the nurse centre's big phone: when to call it."]
    nurse_centre_box,
    #[doc = "A phone number."]
    phone,
    #[doc = "A fax number."]
    fax,
    #[doc = "An e-mail address."]
    email,
    #[doc = "Opening hours as the source gives them."]
    hours,
    #[doc = "A postal address."]
    postal_address,
    #[doc = "The figures' first column, heading the table."]
    col_item,
    #[doc = "The rank column, marked as derived (†)."]
    col_rank,
    #[doc = "A rank among the prefectures."]
    rank,
    #[doc = "A rank shared with another prefecture."]
    rank_tied,
    #[doc = "The mark of a note on a column."]
    note_mark,
    #[doc = "A Key-Net step."]
    flow_step,
    #[doc = "What a contact is for, and the attachment it comes from."]
    roles_attachment,
    #[doc = "An attachment of the notice, by number."]
    attachment,
    #[doc = "Between the period, the compilation and the source at the foot."]
    footer_join,
    #[doc = "Key-Net steps of one stage."]
    flow_stage,
    #[doc = "Between Key-Net steps of one stage."]
    flow_then,
    #[doc = "A checklist step's heading: number and role."]
    step,
    #[doc = "A checklist step's text: who acts, and what to do."]
    step_action,
    #[doc = "The period of the figures."]
    period,
    #[doc = "Who compiled the figures, when."]
    compiled,
    #[doc = "What the rank column is."]
    derived,
    #[doc = "Whose words the checklist is."]
    ours,
    #[doc = "Error: the report has no row for the code."]
    err_no_prefecture,
    #[doc = "Error: the sheet is longer than one page."]
    err_does_not_fit,
    #[doc = "Error: the bundled font cannot be read."]
    err_font,
    #[doc = "Error: the PDF writer failed."]
    err_pdf,
    #[doc = "Command line: a prefecture code that is not 01-47."]
    cli_bad_code,
    #[doc = "The contact sheet's line of an imported table: {date}."]
    table_imported,
    #[doc = "The contact sheet's source of the contacts and steps under an imported table: {document}"]
    #[doc = "{date}."]
    source_imported,
}

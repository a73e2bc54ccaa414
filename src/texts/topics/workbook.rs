//! The texts of the Excel workbook (Excel保存… and `export-xlsx`): the keys
//! ([`WorkbookTexts`]), and the texts in Japanese (`workbook/ja.rs`) and English
//! (`workbook/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the workbook, in one language.
    WorkbookTexts;
    #[doc = "The button in the table's save menu."]
    save,
    #[doc = "The button's tooltip."]
    save_help,
    #[doc = "The save dialog's title."]
    save_title,
    #[doc = "The first sheet's name (at most 31 characters)."]
    sheet_table,
    #[doc = "The second sheet's name."]
    sheet_contacts,
    #[doc = "The third sheet's name."]
    sheet_steps,
    #[doc = "The table's title row: {title} and its {date}."]
    title,
    #[doc = "The sort under the title: {column} and its {order}."]
    sorted,
    #[doc = "A sort from the largest."]
    descending,
    #[doc = "A sort from the smallest."]
    ascending,
    #[doc = "What the italics mean, under the table."]
    derived_legend,
    #[doc = "A figure per 100,000 people's header comment: {metric}, {national}."]
    per_capita_formula,
    #[doc = "A change's header comment: {metric}, {new}, {old}."]
    change_formula,
    #[doc = "The page footer: {page} of {pages}."]
    page_footer,
    #[doc = "The contacts sheet's title: {date} of the notice."]
    contacts_title,
    #[doc = "The nurse centres' block on the contacts sheet (its source line under it)."]
    nurse_centres_title,
    #[doc = "Column: the attachment."]
    attachment,
    #[doc = "Column: the service."]
    service,
    #[doc = "Column: the organisation."]
    organisation,
    #[doc = "Column: what it is the contact for."]
    roles,
    #[doc = "Column: phone."]
    phone,
    #[doc = "Column: phone, fax and e-mail, a line each."]
    reach,
    #[doc = "Column: hours."]
    hours,
    #[doc = "Column: postal address."]
    address,
    #[doc = "Column: links."]
    links,
    #[doc = "Column: licence and how to register."]
    licence,
    #[doc = "A link: {label} and {url}."]
    link,
    #[doc = "The steps sheet's title: {date} of the notice."]
    steps_title,
    #[doc = "Column: the step's number."]
    step,
    #[doc = "Column: who acts."]
    actor,
    #[doc = "Column: what to do."]
    action,
    #[doc = "Column: why it matters."]
    role,
    #[doc = "Column: whom to call."]
    whom,
    #[doc = "Column: now or later."]
    stage,
    #[doc = "The workbook could not be made: {error}."]
    failed,
}

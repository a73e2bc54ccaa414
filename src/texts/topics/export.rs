//! The texts of saving and copying:
//! the keys ([`ExportTexts`]), and the texts in Japanese (`export/ja.rs`)
//! and English (`export/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of saving and copying, in one language.
    ExportTexts;
    #[doc = "A file name's word for the map."]
    file_map,
    #[doc = "A file name's word for the contact sheet."]
    file_sheet,
    #[doc = "A file name's word for the table (the nurse centres' figures)."]
    file_table,
    #[doc = "A file name's word for every prefecture's rows."]
    file_all,
    #[doc = "A file name's word for figures per 100,000 people."]
    file_per_100k,
    #[doc = "The PNG export button."]
    save_png,
    save_png_help,
    #[doc = "The copy-as-image button."]
    copy_image,
    copy_image_help,
    #[doc = "Save the rows shown as CSV."]
    save_csv_shown,
    save_csv_shown_help,
    #[doc = "Save all rows as CSV."]
    save_csv_all,
    save_csv_all_help,
    #[doc = "Copy the rows shown to the clipboard."]
    copy_table,
    copy_table_help,
    #[doc = "The side panel's button for the one-page contact sheet."]
    save_sheet,
    #[doc = "Its tooltip."]
    save_sheet_help,
    #[doc = "The save dialog's title."]
    save_the_sheet_as_pdf,
    #[doc = "The side panel: one figure with its rank and the national total."]
    figure_line,
    #[doc = "Copy"]
    copy,
    #[doc = "Save the chart as PNG"]
    save_the_chart_as_png,
    #[doc = "Save the table as CSV"]
    save_the_table_as_csv,
    #[doc = "The chart cannot be drawn again here (no GPU rendering); save at 1x on a light screen"]
    no_offscreen_render,
    #[doc = "Copied the chart as an image"]
    copied_chart,
    #[doc = "Could not save; no file was written"]
    could_not_save,
    #[doc = "The copy button's tooltip: what it copies."]
    copy_hover,
    #[doc = "Said after a copy."]
    copied_text,
    #[doc = "Said after the table is copied."]
    copied_rows,
    #[doc = "Said after a file is saved."]
    saved_path,
    #[doc = "Picture layout: the text width of an A4 page."]
    layout_a4,
    #[doc = "Picture layout: half the A4 text width."]
    layout_half,
    #[doc = "Picture layout: a 16:9 slide."]
    layout_slide,
    #[doc = "Picture layout: as on screen."]
    layout_screen,
    layout_a4_help,
    layout_half_help,
    layout_slide_help,
    layout_screen_help,
    #[doc = "The picture layout choice's label."]
    picture_for,
    #[doc = "Under a chart: what is filtered."]
    figure_filter,
    #[doc = "The region filter, under a chart."]
    figure_region,
    #[doc = "The search, under a chart."]
    figure_search,
    #[doc = "Legend: the highlighted bar."]
    figure_selected,
    #[doc = "Legend: the stacked part and the figure in brackets."]
    figure_part_legend,
    #[doc = "The save dialog's title for the map."]
    save_the_map_as_png,
}

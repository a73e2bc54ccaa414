//! The texts of the window: the top bar, views, dialogs, notices:
//! the keys ([`WindowTexts`]), and the texts in Japanese (`window/ja.rs`)
//! and English (`window/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the window: the top bar, views, dialogs, notices, in one language.
    WindowTexts;
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
    #[doc = "Closes a dialog."]
    close,
    #[doc = "The chart's order selector."]
    order,
    #[doc = ","]
    list_separator,
    #[doc = "A button's tooltip with the key that does the same: {help} {keys}."]
    also_by_key,
    #[doc = "Seekers per opening (derived)"]
    seekers_per_opening_derived,
    #[doc = "Vaccination share (derived)"]
    vaccination_share_derived,
    #[doc = "JIS X 0401 prefecture code"]
    jis_x_0401_prefecture_code,
    #[doc = "Sorting restores the source's order (by code)"]
    sorting_restores_order,
    #[doc = "Derived: job seekers ÷ openings (one decimal). Not a published figure"]
    seekers_per_opening_help,
    #[doc = "The vaccination share's formula and its two periods: {`vaccination_from`} {from}."]
    vaccination_share_help,
    #[doc = "Of which vaccination work"]
    of_which_vaccination_work,
    #[doc = "Other"]
    other,
    #[doc = "Cannot open a file dialog to open a report. Install zenity or xdg-desktop-portal (reports"]
    #[doc = "can also be dropped on the window)"]
    no_open_dialog,
    #[doc = "Cannot open a file dialog to save: what to install, and {instead}."]
    no_save_dialog,
    #[doc = "Saving instead by the command line's {command}."]
    save_by_command,
    #[doc = "Pasting instead, by the {button} button."]
    save_by_copy,
    #[doc = "The chart is off screen"]
    the_chart_is_off_screen,
    #[doc = "Dismiss"]
    dismiss,
    #[doc = "The window's title."]
    window_title,
    #[doc = "A report was opened."]
    opened,
    #[doc = "A report was opened with warnings."]
    opened_with_warnings,
    #[doc = "One item of a list."]
    bullet,
    #[doc = "A label and its value."]
    labelled,
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
    #[doc = "A write refused: the target is no regular file."]
    write_not_a_file,
    #[doc = "The view switch: the tile map."]
    view_map,
}

//! English: the texts of the window: the top bar, views, dialogs, notices.

use super::WindowTexts;

/// The texts in English.
pub const EN: WindowTexts = WindowTexts {
    view: "View",
    view_table: "Table",
    view_chart: "Chart",
    view_split: "Both",
    language: "Language",
    colours: "Colours",
    colours_system: "System",
    colours_light: "Light",
    colours_dark: "Dark",
    colours_help: "Screen colours (exported pictures are always light)",
    close: "Close",
    order: "Order",
    list_separator: ", ",
    also_by_key: "{help} (also {keys})",
    seekers_per_opening_derived: "Seekers per opening (derived)",
    vaccination_share_derived: "Vaccination share (derived)",
    jis_x_0401_prefecture_code: "JIS X 0401 prefecture code",
    sorting_restores_order: "Sorting restores the source's order (by code)",
    seekers_per_opening_help: "Derived: job seekers ÷ openings (one decimal). Not a published figure",
    vaccination_share_help: "Derived: openings for vaccination work ÷ openings × 100 (%, one decimal). The \
        two are counted over different periods: vaccination openings from {vaccination_from}, all openings \
        from {from}. Not a published figure",
    of_which_vaccination_work: "Of which vaccination work",
    other: "Other",
    no_open_dialog: "Cannot open a file dialog. Install zenity or xdg-desktop-portal (reports can also be \
        dropped on the window)",
    no_save_dialog: "Cannot open the dialog to choose where to save. Install xdg-desktop-portal or zenity \
        on the desktop. {instead}",
    save_by_command: "The command line's \"staffing-dashboard {command}\" saves it too",
    save_by_copy: "\"{button}\" puts it on the clipboard to paste into a document",
    the_chart_is_off_screen: "The chart is off screen",
    dismiss: "Dismiss",
    window_title: "{title} (as of {date})",
    opened: "Opened {path}",
    opened_with_warnings: "Opened with {count} warning(s): {path}",
    bullet: "• {item}",
    labelled: "{label}: {value}",
    cancel: "Cancel",
    remove_report: "Remove…",
    remove_report_help: "Removes this report from the kept reports (asks first)",
    confirm_remove_title: "Remove this report?",
    confirm_remove_body: "{file} is removed from the kept reports. The table file it was imported from stays.",
    confirm_remove_button: "Remove",
    write_not_a_file: "not a regular file (a device, a pipe, a folder, or a name Windows keeps for a device \
        such as NUL or CON): nothing was written",
    view_map: "Map",
};

//! English: the later views' texts (comparing reports, the map, per 100,000 people, a screen
//! reader's names, imports).

use super::keys_views::ViewTexts;

/// The English texts of the later views.
pub const VIEWS: ViewTexts = ViewTexts {
    map_not_counted: "no value (no openings)",
    map_range: "{lo}–{hi}",
    map_range_top: "{lo} or more",
    map_range_up_to: "up to {hi}",
    map_range_over: "over {lo} to {hi}",
    map_summary: "{metric}: largest {max_name} {max}, smallest {min_name} {min} ({n} prefectures)",
    map_rank: " ({rank})",
    map_tile: "{name} {metric} {value}{rank}",
    map_label: "Map: {title}. {summary}",
    map_help: "Click a prefecture to select it. The arrow keys move to the next prefecture and Enter \
        selects it. Ranks† are worked out from the table",
    map_legend_label: "Legend ({metric})",
    map_scale: "{scale}x",
    map_scale_label: "Picture scale",
    map_scale_help: "Pixels of the PNG: 1x as on screen, 2x twice as many each way (for print and \
        high-resolution screens)",
    map_filtered_out: " (filtered out)",
    save_the_map_as_png: "Save the map as PNG",
    census_source: "Population: Statistics Bureau of Japan, 2020 Census, basic complete tabulation (as of \
        2020-10-01, final)",
    per_capita: "per 100,000 people",
    per_capita_help: "Shows the table's, chart's and map's figures divided by each prefecture's population \
        times 100,000 (derived, one decimal); 計 on the national population, 126,146,099. Population: \
        Statistics Bureau of Japan, 2020 Census (as of 2020-10-01)",
    per_capita_cell_help: "{figure} ÷ population {population} × 100,000 (derived; population from the 2020 census)",
    per_capita_title: " (per 100,000 people, derived)",
    vaccination_share_periods: "Vaccination share (derived: vaccination openings from {vaccination_from} ÷ \
        openings from {from})",
    chart_title_per_capita: "{metric} (national {national})",
    note_line: "Note {number}: {text}",
    note_line_of_table: "Note {number} (of the table as of {date}): {text}",
    notes_of_table: "Notes of the table as of {date} (attachment {attachment} of the notice)",
    caveats_of_table: "Caveats of the table as of {date} (attachment {attachment} of the notice)",
    national_figure_of_note: " (note {number} of the table as of {date})",
    national_figure_of_notice: " (notice of {date})",
    period_line_imported: "Period to {to} (the start {from} and vaccination items from {vaccination_from} \
        as stated for the table as of {notes_date})",
    total_help_imported: "The national total of the imported table (as of {date})",
    period_detail_of_table: "As stated for the table as of {date}: {detail}",
    sheet_table_imported: "Table: as of {date} (imported)",
    sheet_source_imported: "Contacts and steps: MHLW, {document} of {date}",
    from_of_table: "{from} (as stated for the table as of {date})",
    route_doctors_post: "{number}. Post the opening on Key-Net (through G-MIS)",
    route_doctors_match: "{number}. In parallel, 国際事業総合研究所 matches doctors from that information",
    route_doctors_bank: "{number}. Or ask the JMA Women Doctors Bank",
    contact_for: "{name} ({roles})",
    region_convention: "Regions are the usual eight (八地方区分: Hokkaido, Tohoku, Kanto, Chubu, Kinki, Chugoku, \
        Shikoku, Kyushu-Okinawa): Mie is in Kinki, Niigata in Chubu, Okinawa with Kyushu. Not a division of \
        the notice",
    source_document_of_contacts: "Contacts, steps and national figures: {document} of {date} ({issuers}), \
        {title} (the table is the imported one, not its attachment {attachment})",
    import_empty_phone: "the phone is empty: the base report's {phone} is used",
    import_cancelled: "The import was cancelled",
    import_reading: "Reading… ({count} rows or cells)",
    write_not_a_file: "not a regular file (a device, a pipe, a folder, or a name Windows keeps for a device \
        such as NUL or CON): nothing was written",
    library_skipped_many: "{count} kept files could not be read and were skipped: {files}, and {more} more",
    import_compiled_future: "The compiled date {compiled} has not come yet: give the date the table stands at",
    import_quoted: "\"{name}\"",
    import_beyond: "Something is written here, outside the table, and an import reads {rows} rows × \
        {columns} columns at most (a table of 47 prefectures takes about 60 rows): delete what lies outside \
        the table, or copy the table into a new sheet",
    import_unpacked: "Unpacked, it makes more than {limit} MB (at \"{part}\"): a table of 47 prefectures is \
        far smaller. Save the sheet you need alone in a new file",
    import_more_errors: "and {count} more errors (the first {shown} are listed)",
    import_other_tables: "The sheets {sheets} also hold a table; only the first sheet with a table was read",
    import_hidden_sheets: "The hidden sheets {sheets} were not read",
    imported_sheet: "{path} (sheet \"{sheet}\")",
    csv_population: "population (2020 census)",
    csv_per_capita_job_seekers: "job seekers per 100,000",
    csv_per_capita_openings: "openings per 100,000",
    csv_per_capita_vaccination_openings: "openings: vaccination work per 100,000",
    csv_per_capita_referrals: "referrals per 100,000",
    csv_per_capita_employed: "employed per 100,000",
    csv_per_capita_vaccination_employed: "employed: vaccination work per 100,000",
    csv_per_capita_vaccination_trained: "vaccination-trained nurses per 100,000",
    cli_arg_per_capita: "append the population and the seven figures per 100,000 people (derived, one \
        decimal; population from the 2020 census, 計 on the national population) after the phone column",
    a11y_table: "Nurses seeking and sought by prefecture (as of {date})",
    a11y_header_row: "Headers",
    a11y_row: "{code} {name}",
    a11y_total_row: "Total (as published)",
    bar_node: "{name} {value}",
    a11y_phone: "{whose} phone {phone}",
    a11y_copy_phone: "Copy the phone number of {whose}",
    a11y_copy_email: "Copy the e-mail address of {whose}",
    library_not_kept: "The report could not be kept (it is shown)",
    report_removed: "Removed: {file}",
    report_not_removed: "The report could not be removed",
    compare_label: "Compare",
    compare_off: "No comparison",
    compare_help: "Pick an earlier report: the table, the chart and the side panel show the change \
        (derived: this table minus the earlier one)",
    compare_none_earlier: "No earlier report to compare with (open a newer table to compare)",
    compare_span: "{from} → {to}",
    compare_change_of: "change {span}",
    compare_fell_help: "Fell from {old} to {new}. The notice says that the compiled figures may change \
        after later recounts (a fall is shown, not hidden)",
    compare_change_help: "{line} (derived: {label} in this table minus {label} as of {date})",
    compare_started: "Comparing with the report as of {date}",
    compare_stopped: "No longer comparing",
    compare_not_opened: "The report to compare with could not be opened",
    compare_not_earlier: "The report as of {date} is not earlier than the one shown, so it cannot be compared with",
    side_changes_heading: "Change {span} (derived)",
    side_change_line: "{label}: {change} ({old} → {new})",
    chart_earlier_legend: "As of {date} (compared, lighter)",
    value_with_change: "{value} {change}",
    source_compared: "{source}, as of {date}; {line} (derived)",
    chart_title_change: "; {line}: {change}",
    order_by_change: "By change",
    order_by_change_help: "Largest change from the earlier report first (derived)",
    change_header: "change",
    view_map: "Map",
};

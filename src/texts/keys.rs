//! Every text's key, with what it is for. Add a key here and its text in `ja.rs` and `en.rs`.

texts! {
    /// The search box's label.
    search,
    /// What the search box takes.
    search_hint,
    /// The search box's tooltip.
    search_help,
    /// The region selector's label.
    region,
    /// No region: every prefecture.
    region_all,
    /// The button that clears the search and the region.
    clear_filter,
    /// Its tooltip.
    clear_filter_help,
    /// 「{total} 件中 {shown} 件を表示」.
    showing,
    /// The view switch's label.
    view,
    /// The table view.
    view_table,
    /// The chart view.
    view_chart,
    /// Table and chart side by side.
    view_split,
    /// The derived column 求職者数÷求人数.
    derived_seekers_per_opening,
    /// The derived column of the vaccination share of openings.
    derived_vaccination_share,
    /// The derived columns' tooltip.
    derived_help,
    /// The language switch's label.
    language,
    /// The colours switch's label.
    colours,
    /// Follow the system's colours.
    colours_system,
    /// Light colours.
    colours_light,
    /// Dark colours.
    colours_dark,
    /// The colours switch's tooltip.
    colours_help,
    /// The sources and notes button.
    sources,
    /// Its tooltip.
    sources_help,
    /// The open report button.
    open_report,
    /// Its tooltip.
    open_report_help,
    /// The report shown: 「レポート: {name}」.
    report_name,
    /// The button back to the bundled report.
    back_to_bundled,
    /// Closes a dialog.
    close,
    /// The chart's metric selector.
    metric,
    /// The chart's order selector.
    order,
    /// Bars largest first.
    order_by_value,
    /// Bars in code order.
    order_by_code,
    /// The PNG export button.
    save_png,
    /// Its tooltip.
    save_png_help,
    /// Export at the size shown.
    scale_1x,
    /// Export at twice the pixels.
    scale_2x,
    /// The copy-as-image button.
    copy_image,
    /// Its tooltip.
    copy_image_help,
    /// Save the rows shown as CSV.
    save_csv_shown,
    /// Its tooltip.
    save_csv_shown_help,
    /// Save all rows as CSV.
    save_csv_all,
    /// Its tooltip.
    save_csv_all_help,
    /// Copy the rows shown to the clipboard.
    copy_table,
    /// Its tooltip.
    copy_table_help,
    /// Sources and notes
    sources_and_notes,
    /// Source
    source,
    /// Period
    period,
    /// Notes
    notes,
    /// Caveats
    caveats,
    /// National figures in the notice
    national_figures_in_the_notice,
    /// Opens your phone app
    opens_your_phone_app,
    /// ;
    roles_separator,
    /// E-mail
    e_mail,
    /// Hours:
    hours,
    /// Hours: not stated in the source
    hours_not_stated,
    /// If you are short of nurses
    short_of_nurses,
    /// Prefecture nurse centre: select a prefecture in the table to see its phone
    nurse_centre_select_hint,
    /// If you are short of doctors
    short_of_doctors,
    /// What to do next (checklist)
    what_to_do_next_checklist,
    /// Ticks for the national view
    ticks_for_the_national_view,
    /// Back to national view
    back_to_national_view,
    /// Nurse centre phone
    nurse_centre_phone,
    /// National
    national,
    /// Nationwide
    nationwide,
    /// Select a prefecture in the table or chart to see its nurse centre and figures
    select_a_prefecture_hint,
    /// Copy
    copy,
    /// the prefecture's nurse centre
    the_prefectures_nurse_centre,
    /// Contact:
    contact,
    /// ,
    list_separator,
    /// How to use Key-Net
    how_to_use_key_net,
    /// Code
    code,
    /// Prefecture
    prefecture,
    /// Seekers per opening (derived)
    seekers_per_opening_derived,
    /// Vaccination share (derived)
    vaccination_share_derived,
    /// Nurse centre phone
    nurse_centre_phone_header,
    /// JIS X 0401 prefecture code
    jis_x_0401_prefecture_code,
    /// Sorting restores the source's order (by code)
    sorting_restores_order,
    /// Note
    note,
    /// Derived: job seekers ÷ openings (one decimal). Not a published figure
    seekers_per_opening_help,
    /// Derived: openings for vaccination work ÷ openings × 100 (%, one decimal). Not a published figure
    vaccination_share_help,
    /// Each prefecture nurse centre's phone
    phone_header_help,
    /// Total
    total,
    /// Filtered sum
    filtered_sum,
    /// The national total as published in attachment 3
    total_help,
    /// Sum of the prefectures shown (derived, not published)
    filtered_sum_help,
    /// Of which vaccination work
    of_which_vaccination_work,
    /// Other
    other,
    /// Save the chart as PNG
    save_the_chart_as_png,
    /// Save the table as CSV
    save_the_table_as_csv,
    /// Open a report
    open_a_report,
    /// Back to the bundled report
    back_to_bundled_done,
    /// Cannot open a file dialog. Install zenity or xdg-desktop-portal (reports can also be dropped on the window)
    no_file_dialog,
    /// The report could not be opened; the report on screen is unchanged
    report_not_opened,
    /// The chart cannot be drawn again here (no GPU rendering); save at 1x on a light screen
    no_offscreen_render,
    /// Could not draw the chart
    could_not_draw_the_chart,
    /// Copied the chart as an image
    copied_chart,
    /// Could not save; no file was written
    could_not_save,
    /// The chart is off screen
    the_chart_is_off_screen,
    /// Could not open the report
    could_not_open_the_report,
    /// Could not open the report opened last time; showing the bundled report
    last_report_not_opened,
    /// Dismiss
    dismiss,
    /// The copy button's tooltip: what it copies.
    copy_hover,
    /// A prefecture's nurse centre.
    nurse_centre_of,
    /// Whose ticks the checklist shows.
    ticks_for,
    /// A prefecture's nurse centre with its phone.
    nurse_centre_with_phone,
    /// The date the figures stand at.
    as_of_date,
    /// The warning banner's heading.
    report_warnings,
    /// Said after a copy.
    copied_text,
    /// Said after the table is copied.
    copied_rows,
    /// Said after a file is saved.
    saved_path,
    /// The window's title.
    window_title,
    /// Where the published total differs from the sum.
    total_differs,
    /// The source line with the date, under an exported chart.
    source_as_of,
    /// The period in the top bar.
    period_line,
    /// The chart's title: the metric and the published national figure.
    chart_title,
    /// Added to the title when filtered: the sum of the bars shown.
    chart_title_shown,
    /// What the chart shows, for a screen reader and under the title.
    chart_summary,
    /// The summary of a chart with no bars.
    chart_empty,
    /// Column: 求職者数 (the source's name).
    metric_job_seekers,
    /// Column: 求人数.
    metric_openings,
    /// Column: 求人数(うちワクチン接種業務).
    metric_vaccination_openings,
    /// Column: 紹介人数.
    metric_referrals,
    /// Column: 就業者数.
    metric_employed,
    /// Column: 就業者数(うちワクチン接種業務).
    metric_vaccination_employed,
    /// Column: ワクチン接種業務対応研修修了者数.
    metric_vaccination_trained,
    /// Who acts: the health departments the first notice addresses.
    actor_health_department,
    /// Who acts: who runs a venue (健診機関等, the associations' medical institutions).
    actor_operator,
    /// Region names.
    region_hokkaido,
    region_tohoku,
    region_kanto,
    region_chubu,
    region_kinki,
    region_chugoku,
    region_shikoku,
    region_kyushu_okinawa,
    /// CSV header: the prefecture code.
    csv_code,
    /// CSV header: the nurse centre's phone (the source's heading).
    csv_phone,
    /// CSV: the 計 row's name.
    csv_total,
    /// After a date in running text.
    as_of,
    /// The source under the top bar and in exports.
    source_line,
    /// The sources window: the notice.
    source_document,
    /// Between the notice's issuers.
    issuers_separator,
    /// The sources window: the period and its vaccination parts.
    period_detail,
    /// A contact card's service and attachment.
    service_line,
    /// Hours: on weekdays.
    weekdays,
    /// Hours: closed on public holidays.
    not_on_holidays,
    /// Hours: open on public holidays.
    also_on_holidays,
    /// Hours built from their parts (English; Japanese shows the source's own words).
    hours_range,
    /// The prefecture's vaccination-trained nurses.
    trained_nurses,
    /// Why a 0 trained nurses: what the column counts.
    trained_none,
    /// What the trained-nurse count counts.
    trained_some,
    /// A note mark after a sentence.
    note_after_sentence,
    /// A note mark after a phrase.
    note_after_phrase,
    /// Report error: the file cannot be read.
    err_io,
    /// Report errors (the messages that follow have no comment of their own).
    err_not_found,
    err_is_directory,
    err_not_a_file,
    err_too_large,
    err_not_utf8,
    /// Report error: the RON parser's message (English, from the parser).
    err_syntax,
    err_unknown_prefecture,
    err_unknown_code,
    /// Report error; {at} is the first row's place or nothing.
    err_duplicate_prefecture,
    err_missing_prefecture,
    err_code_mismatch,
    err_bad_phone,
    err_bad_date,
    err_bad_time,
    err_bad_email,
    err_bad_url,
    err_bad_postcode,
    err_empty,
    err_duplicate_id,
    err_unknown_id,
    err_sum_overflow,
    /// Report warning.
    err_total_mismatch,
    /// Report warning.
    err_part_exceeds_whole,
    /// Where a finding is: its prefecture.
    in_prefecture,
    /// Where a finding is: its field.
    in_field,
    /// Command line: a warning's prefix.
    cli_warning,
    /// Command line: a report with no warnings.
    cli_ok,
    /// Command line: a report with warnings.
    cli_warnings,
    /// Command line: what `check` prints per file.
    cli_checked,
    /// Command line: standard output failed.
    cli_cannot_write_stdout,
    /// Command line: a file could not be written.
    cli_cannot_write,
    /// A national figure as the notice gives it.
    qualified_exact,
    /// A national figure the notice gives as about (約).
    qualified_about,
    /// A national figure the notice gives as at least (以上).
    qualified_at_least,
    /// Key-Net flow: what to do now (the notice's 今回のご対応).
    flow_now,
    /// Key-Net flow: what to do later (今後のご対応).
    flow_later,
    /// Key-Net flow: one step.
    flow_step,
    /// Table header of 求人数(うちワクチン接種業務), with its note mark.
    header_vaccination_openings,
    /// Table header of 就業者数(うちワクチン接種業務), with its note mark.
    header_vaccination_employed,
    /// Table header of the trained nurses, with its note mark.
    header_vaccination_trained,
    /// A bar's hover text.
    bar_hover,
    /// A stacked bar's hover text.
    bar_hover_part,
    /// A report was opened.
    opened,
    /// A report was opened with warnings.
    opened_with_warnings,
    /// One item of a list.
    bullet,
    /// A label and its value.
    labelled,
    // Contact sheet (PDF).
    /// The sheet's title: 「{name} 看護師・医師の確保 連絡シート」.
    sheet_title,
    /// Under the title: the report's short title and the date its figures stand at.
    sheet_subtitle,
    /// Above the nurse centre's big phone: when to call it.
    sheet_nurse_centre_box,
    /// A phone number.
    sheet_phone,
    /// A fax number.
    sheet_fax,
    /// An e-mail address.
    sheet_email,
    /// Opening hours as the source gives them.
    sheet_hours,
    /// A postal address.
    sheet_postal_address,
    /// The figures' first column, heading the table.
    sheet_col_item,
    /// The rank column, marked as derived (†).
    sheet_col_rank,
    /// A rank among the prefectures.
    sheet_rank,
    /// A rank shared with another prefecture.
    sheet_rank_tied,
    /// The mark of a note on a column.
    sheet_note_mark,
    /// A Key-Net step.
    sheet_flow_step,
    /// What a contact is for, and the attachment it comes from.
    sheet_roles_attachment,
    /// An attachment of the notice, by number.
    sheet_attachment,
    /// Between the period, the compilation and the source at the foot.
    sheet_footer_join,
    /// Key-Net steps of one stage.
    sheet_flow_stage,
    /// Between Key-Net steps of one stage.
    sheet_flow_then,
    /// A checklist step's heading: number and role.
    sheet_step,
    /// A checklist step's text: who acts, and what to do.
    sheet_step_action,
    /// The period of the figures.
    sheet_period,
    /// Who compiled the figures, when.
    sheet_compiled,
    /// What the rank column is.
    sheet_derived,
    /// Whose words the checklist is.
    sheet_ours,
    /// Error: the report has no row for the code.
    sheet_err_no_prefecture,
    /// Error: the sheet is longer than one page.
    sheet_err_does_not_fit,
    /// Error: the bundled font cannot be read.
    sheet_err_font,
    /// Error: the PDF writer failed.
    sheet_err_pdf,
    /// Command line: a prefecture code that is not 01-47.
    sheet_cli_bad_code,
}

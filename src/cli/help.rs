//! The command line in the user's language: the language asked for (`--lang`, read before
//! parsing so that `--help` and usage errors speak it too), else the system's (Japanese when the
//! locale is Japanese, English otherwise). In Japanese every help text comes from the language
//! files; the English ones are the doc comments of `Cli`.

use std::ffi::OsString;

use clap::{Arg, ArgAction, Command};

use crate::lang::Lang;
use crate::texts::{Texts, texts};

/// The language of the command line: `--lang` in `args`, else the system's.
pub fn language(args: &[OsString]) -> Lang {
    lang_in_args(args).unwrap_or_else(system_lang)
}

/// `--lang ja|en` or `--lang=ja|en`, wherever it stands.
fn lang_in_args(args: &[OsString]) -> Option<Lang> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i.saturating_add(1)).copied(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        }?;
        match value {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    })
}

/// Japanese when the system's locale is Japanese (`ja`, `ja-JP`, `ja_JP.UTF-8`), else English.
pub fn system_lang() -> Lang {
    lang_of_locale(sys_locale::get_locale().as_deref())
}

/// The language for a locale name.
fn lang_of_locale(locale: Option<&str>) -> Lang {
    match locale {
        Some(l) if l.to_ascii_lowercase().starts_with("ja") => Lang::Ja,
        _ => Lang::En,
    }
}

/// `command` with its help in `lang` (English: as declared).
pub fn localized(command: Command, lang: Lang) -> Command {
    let t = texts(lang);
    if lang == Lang::En {
        return command.after_help(t.cli.examples);
    }
    let command = japanese(command, t, None)
        .about(t.cli.about)
        .after_help(t.cli.examples)
        .subcommand_help_heading(t.cli.commands_heading)
        .disable_help_subcommand(true)
        .subcommand_value_name(t.cli.command_value);
    let subcommands: [(&str, &'static str); 6] = [
        ("import", t.cli.import_about),
        ("series", t.cli.series_about),
        ("check", t.cli.check_about),
        ("export-csv", t.cli.export_csv_about),
        ("export-chart", t.cli.export_chart_about),
        ("export-sheet", t.cli.export_sheet_about),
    ];
    subcommands
        .into_iter()
        .fold(command, |command, (name, about)| {
            command.mut_subcommand(name, |sub| japanese(sub, t, Some(about)))
        })
}

/// One command's help in Japanese: headings, its own help and version flags, every argument.
fn japanese(command: Command, t: &'static Texts, about: Option<&'static str>) -> Command {
    let mut command = command
        .help_template(t.cli.help_template)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t.cli.arg_help),
        );
    if let Some(about) = about {
        // The subcommands' English examples give way to the Japanese ones of the top level.
        command = command
            .about(about)
            .long_about(None)
            .after_help(None::<&str>);
    }
    if command.get_version().is_some() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t.cli.arg_version),
        );
    }
    let helps: [(&str, &str); 25] = [
        ("table", t.cli.arg_table),
        ("chart_reports", t.cli.arg_chart_reports),
        ("trend", t.cli.arg_trend),
        ("series_metric", t.cli.arg_series_metric),
        ("series_per_capita", t.cli.arg_series_per_capita),
        ("reports", t.cli.arg_reports),
        ("library", t.cli.arg_library),
        ("compiled", t.cli.arg_compiled),
        ("period_end", t.cli.arg_period_end),
        ("base", t.cli.arg_base),
        ("compare", t.cli.arg_compare),
        ("per_capita", t.cli.arg_per_capita),
        ("report", t.cli.arg_report),
        ("lang", t.cli.arg_lang),
        ("deny_warnings", t.cli.arg_deny_warnings),
        ("files", t.cli.arg_files),
        ("output", t.cli.arg_output),
        ("metric", t.cli.arg_metric),
        ("size", t.cli.arg_size),
        ("order", t.cli.arg_order),
        ("select", t.cli.arg_select),
        ("region", t.cli.arg_region),
        ("prefecture", t.cli.arg_prefecture),
        ("help", t.cli.arg_help),
        ("version", t.cli.arg_version),
    ];
    let present: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for (id, help) in helps {
        if present.iter().any(|p| p == id) {
            command = command.mut_arg(id, |a| {
                let heading = if a.is_positional() {
                    t.cli.arguments_heading
                } else {
                    t.cli.options_heading
                };
                // `--lang`'s values are in its help; clap's list would be in English.
                a.help(help)
                    .long_help(None)
                    .help_heading(heading)
                    .hide_possible_values(id == "lang")
            });
        }
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_asked_for_then_the_systems() {
        assert_eq!(
            lang_in_args(&args(&["x", "--lang", "en", "check"])),
            Some(Lang::En)
        );
        assert_eq!(
            lang_in_args(&args(&["x", "check", "--lang=ja"])),
            Some(Lang::Ja)
        );
        assert_eq!(lang_in_args(&args(&["x", "check", "a.ron"])), None);
        assert_eq!(lang_of_locale(Some("ja_JP.UTF-8")), Lang::Ja);
        assert_eq!(lang_of_locale(Some("ja-JP")), Lang::Ja);
        assert_eq!(lang_of_locale(Some("en-US")), Lang::En);
        assert_eq!(lang_of_locale(Some("C")), Lang::En);
        assert_eq!(lang_of_locale(None), Lang::En);
    }

    #[test]
    fn japanese_help_for_every_command() {
        use clap::CommandFactory as _;
        let mut command = localized(super::super::Cli::command(), Lang::Ja);
        let help = command.render_help().to_string();
        assert!(
            help.contains("使い方") && help.contains("コマンド"),
            "{help}"
        );
        for name in [
            "check",
            "export-csv",
            "export-chart",
            "export-sheet",
            "import",
        ] {
            let sub = command.find_subcommand_mut(name).unwrap();
            let help = sub.render_help().to_string();
            assert!(help.contains("オプション"), "{name}: {help}");
            assert!(!help.contains("Print help"), "{name}: {help}");
        }
        command.debug_assert();
    }
}

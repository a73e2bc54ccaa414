//! `staffing-dashboard`: opens the dashboard, or runs `check` / `export-csv`.

fn main() -> std::process::ExitCode {
    staffing_dashboard::cli::main()
}

//! 日本語: the texts of the command line.

use super::CliTexts;

/// The texts in 日本語.
pub const JA: CliTexts = CliTexts {
    warning: "警告: {message}",
    ok: "正常",
    warnings: "警告 {count} 件",
    checked: "{file}: {status}（{count} 都道府県）",
    cannot_write_stdout: "標準出力に書き込めません: {error}",
    cannot_write: "{file} に書き込めません: {error}",
    about: "厚生労働省の事務連絡（2021年5月26日）別紙3 の都道府県ナースセンターの数字と、連絡先・対応の手順",
    examples: "例:\n  staffing-dashboard                                  同梱のレポートで画面を開く\n  \
        staffing-dashboard --report newer.ron               別のレポートで画面を開く\n  staffing-dashboard check \
        newer.ron                  レポートを検査（誤りは FILE:LINE:COL: 内容）\n  staffing-dashboard export-csv -o \
        table.csv          表を CSV に\n  staffing-dashboard export-chart --size half --metric openings -o \
        openings.png\n  staffing-dashboard export-sheet --prefecture 13 -o tokyo.pdf   東京都の連絡先シート（A4 PDF）",
    help_template: "{about-with-newline}\n使い方: {usage}\n\n{all-args}{after-help}",
    commands_heading: "コマンド",
    command_value: "コマンド",
    options_heading: "オプション",
    arguments_heading: "引数",
    arg_help: "ヘルプを表示",
    arg_version: "バージョンを表示",
    check_about: "レポートファイルを検査（すべて正しければ 0、誤りがあれば 1 で終了）",
    export_csv_about: "表を CSV に書き出す（UTF-8 BOM 付き、CRLF。計がコード 00 で先頭、続いて 01〜47）",
    export_chart_about: "グラフを文書やスライド用の PNG（300 dpi）に書き出す。画面は不要（GPU がなければ Mesa の Vulkan ドライバーで描画）",
    export_sheet_about: "都道府県の連絡先シート（A4 1 ページの PDF）を書き出す",
    import_about: "新しい表（CSV、タブ区切りテキスト、.xlsx/.xls/.ods）からレポートを作る: 列は見出しで、行は都道府県で見つけ、連絡先・手順・注記は元のレポートから",
    arg_table: "表のファイル: .csv（UTF-8 か Excel が保存する Shift_JIS）、.tsv か .txt（タブ区切り）、.xlsx、.xls、.ods",
    series_about: "いくつもの表の数字を時点順に CSV で書き出す（表と場所ごとに1行: 集計時点、集計期間の終わり、コード、都道府県、数字）",
    arg_reports: "表のレポートファイル（何度でも指定可。同梱の表はいつも含みます）",
    arg_library: "画面が保存した表もすべて含める",
    arg_series_metric: "この数字だけ（省略時は7つすべて）",
    arg_series_per_capita: "数を人口10万人当たり（計算値、小数1桁。人口は令和2年国勢調査）にして書く",
    arg_compiled: "数字の集計時点（2021-06-02、2021/6/2、2021年6月2日、令和3年6月2日、R3.6.2 など）",
    arg_period_end: "集計期間の終わりの日（日付の書き方は --compiled と同じ）",
    arg_base: "連絡先・手順・注記・集計期間の始まりを引き継ぐレポート（省略時は同梱のもの）",
    cannot_read: "{file} を読めません: {error}",
    arg_report: "同梱の 2021-05-19 のレポートの代わりに使うレポートファイル",
    arg_lang: "言語（ja / en）。指定がなければシステムの言語（日本語以外は英語）。画面は前回選んだ言語",
    arg_deny_warnings: "警告（計が合わない、内数が上回る）も誤りとして扱う",
    arg_files: "レポートファイル（.ron）",
    arg_output: "書き出すファイル（一時ファイルに書いてから名前を変えます）",
    arg_metric: "描く数字（求人数と就業者数はワクチン接種業務の内数を重ねて描きます）",
    arg_size: "画像の大きさ: a4（A4 本文幅 16 cm）、half（8 cm）、slide（16:9 スライド）",
    arg_order: "並び: size（多い順）または code（コード順）",
    arg_select: "強調する都道府県のコード（1〜47）",
    arg_region: "この地方だけ: 北海道 東北 関東 中部 近畿 中国 四国 九州・沖縄",
    arg_prefecture: "都道府県コード（01〜47 または 1〜47。例: 東京都は 13）",
    cannot_draw: "グラフを描けません: {error}",
    one_report_without_trend: "--report を複数指定できるのは --trend（推移）のときだけです",
    no_gui: "この版はグラフを描けません（`gui` 機能なしでビルドされています）",
    arg_compare: "比べる前のレポート: 7つの数字の増減（新しい方 − 古い方）を電話番号の列のあとに加える",
    fell: "{name}の{column}が減っています（{old} → {new}）。過去の実績は補正されることがあります",
    compare_later: "比べるレポート（{old}時点）が書き出すレポート（{new}時点）より前の日付ではないため、比較できません。--compare には前の日付のレポートを指定してください",
    arg_per_capita: "人口と、7つの数字の人口10万人当たり（計算値、小数1桁。人口は令和2年国勢調査、計は全国の人口）を電話番号の列のあとに加える",
};

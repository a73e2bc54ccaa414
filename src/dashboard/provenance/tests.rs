//! Every statement says which table and date it is about, under the notice's table and under a
//! later one (made up for the tests: the bundled figures with a later date).

use super::*;
use crate::report::{self, TableFile};

/// The bundled report, and a later table made up for the tests (its figures are the bundled
/// ones; only its dates and file name differ).
fn both() -> (Report, Report) {
    let notice = report::bundled().unwrap().report;
    let later = TableFile {
        notice: notice.meta.source.date.clone(),
        compiled: "2021-06-02".to_owned(),
        period_end: "2021-05-30".to_owned(),
        imported_from: "made_up_2021-06-02.xlsx".to_owned(),
        total: notice.total,
        rows: notice.rows.clone(),
    }
    .report(&notice);
    (notice, later)
}

#[test]
fn notes_say_their_table_under_a_later_one_and_not_under_their_own() {
    let (notice, later) = both();
    let note3 = notice.note(Metric::VaccinationTrained).unwrap();
    assert_eq!(
        note_line(&notice, note3, Lang::Ja),
        "注3: 21.4.12以前のワクチン接種研修修了者を含めると全国で4,219人"
    );
    assert_eq!(
        note_line(&later, note3, Lang::Ja),
        "注3（2021年5月19日時点の表の注）: 21.4.12以前のワクチン接種研修修了者を含めると全国で4,219人"
    );
    assert_eq!(
        note_line(&later, note3, Lang::En),
        "Note 3 (of the table as of 2021-05-19): 4,219 nationwide including those who finished vaccination \
            training before 2021-04-12"
    );
    assert_eq!(notes_heading(&notice, Lang::Ja), "注");
    assert_eq!(
        notes_heading(&later, Lang::Ja),
        "2021年5月19日時点の表（通知の別紙3）の注"
    );
    assert_eq!(caveats_heading(&notice, Lang::En), "Caveats");
    assert_eq!(
        caveats_heading(&later, Lang::Ja),
        "2021年5月19日時点の表（通知の別紙3）の留意事項"
    );
}

#[test]
fn national_figures_carry_their_date_and_whose_they_are() {
    let (notice, later) = both();
    for r in [&notice, &later] {
        let line = |id: &str| national_figure_line(r, r.national_figure(id).unwrap(), Lang::Ja);
        assert_eq!(
            line("trained_nurses_ready"),
            "ワクチン接種に係る研修を終え、すぐに接種会場で勤務できる看護師（都道府県看護協会・ナースセンター）: 約4,200名（2021年5月26日の通知）"
        );
        assert_eq!(
            line("trained_nurses_incl_before"),
            "21.4.12以前のワクチン接種研修修了者を含めた研修修了者（注3）: 4,219人（2021年5月19日時点の表の注3）"
        );
        assert_eq!(
            line("key_net_doctors"),
            "「医療のお仕事 Key-Net」に登録されている医師: 約2,600名（2021年5月26日の通知）"
        );
        assert_eq!(
            line("key_net_applicants"),
            "「医療のお仕事 Key-Net」への応募者: 3,400名以上（2021年5月24日時点）"
        );
        assert_eq!(
            line("jma_bank_doctors"),
            "日本医師会女性医師バンクに登録されている医師: 約2,724名（2021年5月26日の通知）"
        );
    }
    let f = later.national_figure("trained_nurses_ready").unwrap();
    assert_eq!(
        national_figure_quote(&later, f, Lang::Ja),
        "「都道府県看護協会・ナースセンターに、全国で計約4,200名の看護師が、ワクチン接種に係る研修を終え、すぐに接種会場で勤務できる状況で登録されています。」（2021年5月26日の通知）"
    );
    let f = later.national_figure("trained_nurses_incl_before").unwrap();
    assert_eq!(
        national_figure_date(&later, f, Lang::En),
        " (note 3 of the table as of 2021-05-19)"
    );
}

#[test]
fn the_period_and_the_total_are_the_tables_own() {
    let (notice, later) = both();
    assert_eq!(
        period_line(&notice, Lang::Ja),
        "集計期間 2020年4月6日〜2021年5月16日（ワクチン関連は2021年4月12日以降）"
    );
    assert_eq!(
        period_line(&later, Lang::Ja),
        "集計期間 〜2021年5月30日（起点の2020年4月6日、ワクチン関連の2021年4月12日以降は2021年5月19日時点の表の記載）"
    );
    assert_eq!(
        later.meta.period.text.get(Lang::Ja),
        "～2021年5月30日分（起点の2020年4月6日、ワクチン関連の2021年4月12日以降は2021年5月19日時点の表の記載）"
    );
    assert_eq!(total_help(&notice, Lang::Ja), "別紙3 に公表された全国の計");
    assert_eq!(
        total_help(&later, Lang::Ja),
        "取り込んだ表（2021年6月2日時点）の全国の計"
    );
    assert_eq!(
        total_help(&later, Lang::En),
        "The national total of the imported table (as of 2021-06-02)"
    );
}

#[test]
fn a_prefectures_trained_nurses_say_from_when_and_by_whose_note() {
    let (notice, later) = both();
    let saitama = notice.row(crate::prefecture::PrefectureCode(11)).unwrap();
    assert_eq!(
        trained_nurses_line(&notice, saitama, Lang::Ja),
        "ワクチン接種業務対応研修修了者 14人（2021年4月12日以降、注3）"
    );
    assert_eq!(
        trained_nurses_line(&later, saitama, Lang::Ja),
        "ワクチン接種業務対応研修修了者 14人（2021年4月12日（2021年5月19日時点の表の記載）以降、注3）"
    );
    let hokkaido = notice.row(crate::prefecture::PrefectureCode(1)).unwrap();
    assert_eq!(
        trained_nurses_line(&notice, hokkaido, Lang::En),
        "Vaccination-trained nurses: 0 (counted from 2021-04-12; nurses trained before then are not included, note 3)"
    );
}

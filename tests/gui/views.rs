//! The map, figures per 100,000 people on every surface, what a screen reader gets, and every
//! statement dated under a later table.

#![expect(clippy::panic, reason = "test helpers fail loudly")]

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use staffing_dashboard::app::App;
use staffing_dashboard::lang::Lang;
use staffing_dashboard::prefecture;
use staffing_dashboard::prefecture::PrefectureCode;
use staffing_dashboard::report::Metric;

use crate::window::*;

/// A map tile's button by its label's start (「東京都 求職者数 830…」).
pub(crate) fn tile<'a>(h: &'a Harness<'_, App>, start: &str) -> egui_kittest::Node<'a> {
    h.query_all_by_role(Role::Button)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(start))
        })
        .unwrap_or_else(|| panic!("no tile {start}"))
}

#[test]
fn the_map_shows_47_tiles_in_the_layout_and_selects_by_click_and_keys() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Button, "地図").click();
    h.run();
    let tiles: Vec<_> = h
        .query_all_by_role(Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains(" 求職者数 ") && l.contains("47中"))
        })
        .collect();
    assert_eq!(tiles.len(), 47, "a tile per prefecture");
    let stops = tiles
        .iter()
        .filter(|t| {
            t.accesskit_node()
                .data()
                .supports_action(egui::accesskit::Action::Focus)
        })
        .count();
    assert_eq!(
        stops, 1,
        "one Tab stop for the map, the arrows move from it"
    );
    let at = |name: &str| tile(&h, name).rect().center();
    let (hokkaido, okinawa) = (at("北海道 "), at("沖縄県 "));
    for t in &tiles {
        let c = t.rect().center();
        assert!(
            c.x <= hokkaido.x + 0.5 && c.y >= hokkaido.y - 0.5,
            "北海道 top right"
        );
        assert!(
            c.x >= okinawa.x - 0.5 && c.y <= okinawa.y + 0.5,
            "沖縄県 bottom left"
        );
    }
    let (tokyo, kanagawa) = (at("東京都 "), at("神奈川県 "));
    assert!(
        (tokyo.x - kanagawa.x).abs() < 0.5 && kanagawa.y > tokyo.y,
        "神奈川県 under 東京都"
    );
    let side = tile(&h, "東京都 ").rect().width();
    assert!((kanagawa.y - tokyo.y) < side * 1.2, "next to each other");
    assert_eq!(
        tile(&h, "東京都 ").accesskit_node().label().as_deref(),
        Some("東京都 求職者数 830（47中1位）")
    );
    h.query_by_label_contains("地図 求職者数（全国計 9,828）")
        .expect("the map as a whole, with its summary");
    // A click selects; the side panel follows.
    tile(&h, "東京都 ").click();
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(13)));
    assert_eq!(
        tile(&h, "東京都 ").accesskit_node().toggled(),
        Some(Toggled::True),
        "marked selected"
    );
    // The arrow keys move between neighbouring tiles; Enter selects.
    tile(&h, "東京都 ").focus();
    h.run();
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().state().selected,
        Some(PrefectureCode(14)),
        "神奈川県"
    );
    h.key_press(egui::Key::ArrowRight);
    h.run();
    h.key_press(egui::Key::ArrowUp);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().state().selected,
        Some(PrefectureCode(8)),
        "千葉県, then 茨城県"
    );
    // The filter greys the others; a derived metric.
    search(&mut h, "関東");
    // 大阪府 is out of 関東: its tile says so, with its figure and rank among the 47.
    assert_eq!(
        tile(&h, "大阪府 ").accesskit_node().label().as_deref(),
        Some("大阪府 求職者数 420（47中9位）（絞り込みで非表示）")
    );
    assert_eq!(
        tile(&h, "東京都 ").accesskit_node().label().as_deref(),
        Some("東京都 求職者数 830（47中1位）")
    );
    h.get_by_label("求職者数÷求人数（計算）").click();
    h.run();
    assert_eq!(
        tile(&h, "京都府 ").accesskit_node().label().as_deref(),
        Some("京都府 求職者数÷求人数（計算） 4.6（47中1位）（絞り込みで非表示）")
    );
}

/// The competition rank (largest first) of `v` among `all`, and whether it is shared, as the
/// tests read a rank: 「47中14位」, 「47中14位（同順位）」.
pub(crate) fn rank_text(all: &[u64], v: u64) -> String {
    let above = all.iter().filter(|&&x| x > v).count();
    let equal = all.iter().filter(|&&x| x == v).count();
    let place = format!("{}中{}位", all.len(), above.saturating_add(1));
    if equal > 1 {
        format!("{place}（同順位）")
    } else {
        place
    }
}

/// The label of the leaf node under `parent` (a Row) whose column index is `column`.
pub(crate) fn cell_in_row(h: &Harness<'_, App>, row_label: &str, column: usize) -> String {
    h.query_all_by_role(Role::Cell)
        .find(|n| {
            n.accesskit_node().data().column_index() == Some(column)
                && n.parent()
                    .is_some_and(|p| p.accesskit_node().label().as_deref() == Some(row_label))
        })
        .and_then(|n| n.accesskit_node().label())
        .unwrap_or_else(|| panic!("no cell {column} in {row_label}"))
}

/// Every value per 100,000 people the window shows, walked surface by surface (the table as a
/// screen reader gets it, 47 x 7 and 計; the chart's bars with their stacked parts and its title;
/// the map's tiles with their ranks), each computed here from the tests' own copy of the
/// populations, rounded once.
#[test]
#[expect(clippy::too_many_lines, reason = "one surface after another")]
pub(crate) fn per_100000_people_is_the_same_on_every_surface_of_the_window() {
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let per = |n: u32, name: &str| crate::census_copy::per_100k(n, name);
    let national =
        |n: u32| crate::census_copy::shown(crate::census_copy::tenths(u64::from(n), 126_146_099));
    let mut h = app(None);
    h.get_by_label("人口10万人当たり").click();
    h.run();
    // The table: every prefecture's seven figures, and 計 on the national population.
    for row in &report.rows {
        let label = format!("{} {}", row.code.two_digits(), row.name);
        for (i, m) in Metric::ALL.into_iter().enumerate() {
            assert_eq!(
                cell_in_row(&h, &label, i + 2),
                per(row.figures.get(m), &row.name),
                "{label} {m:?}"
            );
        }
    }
    for (i, m) in Metric::ALL.into_iter().enumerate() {
        assert_eq!(
            cell_in_row(&h, "計（公表値）", i + 2),
            national(report.total.get(m)),
            "計 {m:?}"
        );
    }
    // The chart: each metric's 47 bars with their parts, and the national rate in the title.
    h.get_by_role_and_label(Role::Button, "グラフ").click();
    h.run();
    let parts = [
        (Metric::JobSeekers, None),
        (Metric::Openings, Some(Metric::VaccinationOpenings)),
        (Metric::Referrals, None),
        (Metric::Employed, Some(Metric::VaccinationEmployed)),
        (Metric::VaccinationTrained, None),
    ];
    for (m, part) in parts {
        h.get_by_role_and_label(Role::Button, m.label(Lang::Ja))
            .click();
        h.run();
        let bars: Vec<String> = h
            .query_all_by_role(Role::Button)
            .filter_map(|n| n.accesskit_node().label())
            .filter(|l| {
                l.split(' ')
                    .next()
                    .is_some_and(|n| prefecture::by_name(n).is_some())
            })
            .collect();
        assert_eq!(bars.len(), 47, "{m:?}");
        for row in &report.rows {
            let value = per(row.figures.get(m), &row.name);
            let want = match part {
                Some(p) => format!(
                    "{} {value}（{}）",
                    row.name,
                    per(row.figures.get(p), &row.name)
                ),
                None => format!("{} {value}", row.name),
            };
            assert!(bars.contains(&want), "{want} not among {bars:?}");
        }
        h.get_by_label(&format!(
            "{}（人口10万人当たり、計算値）（全国 {}）",
            m.label(Lang::Ja),
            national(report.total.get(m))
        ));
    }
    h.get_by_label_contains("令和2年国勢調査");
    // The map: each figure's 47 tiles with the value and its rank among the values shown.
    h.get_by_role_and_label(Role::Button, "地図").click();
    h.run();
    for (m, _) in parts {
        h.get_by_role_and_label(Role::Button, m.label(Lang::Ja))
            .click();
        h.run();
        let shown: Vec<u64> = report
            .rows
            .iter()
            .map(|r| {
                crate::census_copy::tenths(
                    u64::from(r.figures.get(m)),
                    crate::census_copy::population(&r.name),
                )
            })
            .collect();
        for (row, &v) in report.rows.iter().zip(&shown) {
            let label = tile(&h, &format!("{} ", row.name))
                .accesskit_node()
                .label()
                .unwrap();
            assert_eq!(
                label,
                format!(
                    "{} {}（人口10万人当たり、計算値） {}（{}）",
                    row.name,
                    m.label(Lang::Ja),
                    crate::census_copy::shown(v),
                    rank_text(&shown, v)
                )
            );
        }
    }
    h.get_by_label_contains("令和2年国勢調査");
    // Off again: the published figures.
    h.get_by_label("人口10万人当たり").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    assert_eq!(
        tile(&h, "東京都 ").accesskit_node().label().as_deref(),
        Some("東京都 求職者数 830（47中1位）")
    );
}

#[test]
fn a_screen_reader_gets_the_table_as_a_table_with_every_row() {
    let mut h = app(None);
    let tables: Vec<_> = h.query_all_by_role(Role::Table).collect();
    assert_eq!(tables.len(), 1, "one table");
    let table = &tables[0];
    assert_eq!(
        table.accesskit_node().label().as_deref(),
        Some("都道府県別の看護職の求職・求人（2021年5月19日時点）")
    );
    assert_eq!(
        table.accesskit_node().data().row_count(),
        Some(49),
        "header, 47 and 計"
    );
    assert_eq!(table.accesskit_node().data().column_count(), Some(10));
    let rows: Vec<_> = h.query_all_by_role(Role::Row).collect();
    assert_eq!(
        rows.len(),
        49,
        "the header row, 47 prefectures and 計 (all, not those in view)"
    );
    assert_eq!(
        rows.last().unwrap().accesskit_node().label().as_deref(),
        Some("計（公表値）")
    );
    // A cell by row and column: row 13 (東京都, in code order), column 2 (求職者数).
    let cell = h
        .query_all_by_role(Role::Cell)
        .find(|n| {
            let a = n.accesskit_node();
            a.data().row_index() == Some(13) && a.data().column_index() == Some(2)
        })
        .unwrap();
    assert_eq!(cell.accesskit_node().label().as_deref(), Some("830"));
    let row = cell.parent().unwrap();
    assert_eq!(row.accesskit_node().label().as_deref(), Some("13 東京都"));
    assert!(
        h.query_all_by_role(Role::RowHeader)
            .any(|n| n.accesskit_node().label().as_deref() == Some("沖縄県"))
    );
    // Header cells: ColumnHeaders with their note and, once sorted, the direction.
    let header = |h: &Harness<'_, App>, label: &str| {
        h.query_all_by_role(Role::ColumnHeader)
            .find(|n| n.accesskit_node().label().as_deref() == Some(label))
            .map(|n| {
                let a = n.accesskit_node();
                (a.sort_direction(), a.description())
            })
            .unwrap()
    };
    let (sort, note) = header(&h, "コード");
    assert_eq!(sort, Some(egui::accesskit::SortDirection::Ascending));
    assert_eq!(note.as_deref(), Some("JIS X 0401 都道府県コード"));
    let (sort, note) = header(&h, "(うちワクチン接種業務)※1");
    assert_eq!(sort, None);
    assert!(note.unwrap().contains("注1"), "the note as a description");
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    let (sort, _) = header(&h, "求職者数");
    assert_eq!(sort, Some(egui::accesskit::SortDirection::Descending));
    // The rows in the sorted order: 東京都 first.
    let first = h
        .query_all_by_role(Role::Row)
        .find(|n| n.accesskit_node().data().row_index() == Some(1))
        .unwrap();
    assert_eq!(first.accesskit_node().label().as_deref(), Some("13 東京都"));
    // In the split view, and back, every row is still there.
    for view in ["表とグラフ", "表"] {
        h.get_by_role_and_label(Role::Button, view).click();
        h.run();
        assert_eq!(h.query_all_by_role(Role::Row).count(), 49, "{view}");
    }
}

#[test]
fn a_screen_reader_reaches_the_bars_one_by_one_and_the_side_panel_says_what_it_copies() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Button, "グラフ").click();
    h.run();
    // 47 bars in the chart's order (largest first), each named with prefecture and figure,
    // under the chart's figure.
    let figure = h.get_by_role(Role::Figure);
    let bars: Vec<String> = h
        .query_all_by_role(Role::Button)
        .filter(|n| {
            let mut up = n.parent();
            while let Some(p) = up {
                if p.accesskit_node().role() == Role::Figure {
                    return true;
                }
                up = p.parent();
            }
            false
        })
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(
        figure.accesskit_node().label().as_deref(),
        Some("求職者数（全国計 9,828） 最大 東京都 830、最小 静岡県 9（47\u{a0}都道府県）")
    );
    assert_eq!(bars.len(), 47, "{bars:?}");
    assert_eq!(bars[0], "東京都 830");
    assert_eq!(
        bars[46].split(' ').next(),
        Some("静岡県"),
        "the smallest last"
    );
    // Activating a bar selects its prefecture, and it is marked selected.
    h.query_all_by_role(Role::Button)
        .find(|n| n.accesskit_node().label().as_deref() == Some("大阪府 420"))
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(27)));
    let osaka = h
        .query_all_by_role(Role::Button)
        .find(|n| n.accesskit_node().label().as_deref() == Some("大阪府 420"))
        .unwrap();
    assert_eq!(osaka.accesskit_node().toggled(), Some(Toggled::True));
    // The side panel: the phone with what it is, copy buttons that say what they copy, and
    // headings; the selection is a live region.
    h.get_by_role_and_label(Role::Link, "大阪府ナースセンター 電話 06-6964-5511");
    let copies: Vec<String> = h
        .query_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.ends_with("をコピー"))
        .collect();
    assert!(
        copies.contains(&"大阪府ナースセンターの電話番号をコピー".to_owned()),
        "{copies:?}"
    );
    let mut distinct = copies.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        copies.len(),
        "every copy button says what it copies: {copies:?}"
    );
    assert!(
        h.query_by_role_and_label(Role::Button, "コピー").is_none(),
        "no bare コピー"
    );
    h.get_by_role_and_label(Role::Heading, "看護師が不足している場合");
    let heading = h.get_by_role_and_label(Role::Heading, "大阪府");
    assert_eq!(
        heading.accesskit_node().live(),
        egui::accesskit::Live::Polite
    );
    let count = h.get_by_label("47 件中 47 件を表示");
    assert_eq!(count.accesskit_node().live(), egui::accesskit::Live::Polite);
}

/// Every text a screen reader can get from the window as it stands: each node's name,
/// description and value (a wrapped label's lines, its text runs, are in its name already).
pub(crate) fn every_text(h: &Harness<'_, App>) -> Vec<String> {
    h.query_all(egui_kittest::kittest::by())
        .filter(|n| n.accesskit_node().role() != Role::TextRun)
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.description(), a.value()]
        })
        .flatten()
        .collect()
}

/// No text presents a statement of the notice's 2021-05-19 table, or a national figure of the
/// notice, as about the table on screen: each says its date; nothing credits that table to 別紙3.
pub(crate) fn assert_every_statement_dated(h: &Harness<'_, App>, place: &str) {
    for text in every_text(h) {
        let flat = text.replace('\n', " ");
        if flat.contains("4,219") {
            assert!(flat.contains("2021年5月19日時点の表"), "{place}: {flat}");
        }
        if flat.contains("約4,200") || flat.contains("約2,600") || flat.contains("約2,724") {
            assert!(flat.contains("2021年5月26日"), "{place}: {flat}");
        }
        assert!(!flat.contains("別紙3 に公表"), "{place}: {flat}");
        assert!(
            !flat.contains("ワクチン関連は2021年4月12日以降"),
            "{place}: {flat}"
        );
    }
}

/// A later table (MADE UP for the tests: the bundled figures under the date 2021-06-02) on
/// screen: every statement of the notice and of its 2021-05-19 table says its date, in the top
/// bar, the table's headers, the side panel, the checklist and the sources window.
#[test]
fn under_a_later_table_every_statement_of_the_notice_says_its_date() {
    let notice = staffing_dashboard::report::bundled().unwrap().report;
    let later = staffing_dashboard::report::TableFile {
        notice: notice.meta.source.date.clone(),
        compiled: "2021-06-02".to_owned(),
        period_end: "2021-05-30".to_owned(),
        imported_from: "made_up_2021-06-02.xlsx".to_owned(),
        total: notice.total,
        rows: notice.rows.clone(),
    }
    .to_ron()
    .unwrap();
    let mut h = app_on(&temp_report("made_up_2021-06-02.ron", &later));
    h.get_by_label("2021年6月2日時点");
    h.get_by_label(
        "集計期間 〜2021年5月30日（起点の2020年4月6日、ワクチン関連の2021年4月12日以降は2021年5月19日時点の表の記載）",
    );
    assert_every_statement_dated(&h, "the table");
    // Note 3 as the ※3 header's description: the 2021-05-19 table's note, said so.
    let note = h
        .query_all_by_role(Role::ColumnHeader)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.ends_with("※3"))
        })
        .and_then(|n| n.accesskit_node().description())
        .unwrap();
    assert!(
        note.ends_with(
            "注3（2021年5月19日時点の表の注）: 21.4.12以前のワクチン接種研修修了者を含めると全国で4,219人"
        ),
        "{note}"
    );
    // 計's tooltip names the imported table, not 別紙3.
    h.get_by_role_and_label(Role::Label, "計（公表）").hover();
    h.run();
    h.get_by_label("取り込んだ表（2021年6月2日時点）の全国の計");
    // The side panel, nationally (the notice's figures unfolded) and for 埼玉県.
    h.get_by_label("通知（本文・別紙）の全国の数字")
        .scroll_to_me();
    h.run();
    h.get_by_label("通知（本文・別紙）の全国の数字").click();
    h.run();
    h.get_by_label(
        "ワクチン接種に係る研修を終え、すぐに接種会場で勤務できる看護師（都道府県看護協会・ナースセンター）: 約4,200名（2021年5月26日の通知）",
    );
    assert_every_statement_dated(&h, "the national side panel");
    select(&mut h, "埼玉県");
    h.get_by_label(
        "ワクチン接種業務対応研修修了者 14人（2021年4月12日（2021年5月19日時点の表の記載）以降、注3）",
    );
    h.get_by_label_contains(
        "2021年5月26日の通知の時点で、都道府県看護協会・ナースセンターには全国で計約4,200名",
    );
    assert_every_statement_dated(&h, "埼玉県's side panel");
    // The sources window.
    h.get_by_label("出典・注記…").click();
    h.run();
    assert_eq!(
        h.query_all_by_label(
            "出典: 取り込んだ表（made_up_2021-06-02.xlsx）、連絡先・手順は厚生労働省 事務連絡(2021年5月26日)"
        )
        .count(),
        2,
        "the top bar and the sources window"
    );
    h.get_by_label_contains("連絡先・手順・全国の数字: 事務連絡 令和3年5月26日");
    h.get_by_label("2021年5月19日時点の表（通知の別紙3）の注");
    h.get_by_label("2021年5月19日時点の表（通知の別紙3）の留意事項");
    h.get_by_label_contains("・21.4.12以前のワクチン接種研修修了者を含めた研修修了者（注3）: 4,219人（2021年5月19日時点の表の注3）");
    h.get_by_label_contains("2021年5月19日時点の表の記載: 2020年4月6日〜2021年5月30日。");
    assert_every_statement_dated(&h, "the sources window");
}

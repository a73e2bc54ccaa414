//! The bundled report equals the source, figure by figure.

use staffing_dashboard::report::{self, Figures, Metric, Qualifier};

use staffing_dashboard::prefecture::PrefectureCode;

/// 別紙3 as printed in the source, row by row (name, the seven figures, the phone): typed from
/// the table 「都道府県ナースセンターの新型コロナウイルス感染症対策における潜在看護職の復職支援状況
/// 累計」, attachment 別紙3 of the MHLW administrative notice of 2021-05-26 (事務連絡 令和3年5月26日),
/// compiled by the Central Nurse Centre as of 2021-05-19; independent of the RON file.
const SOURCE_TABLE: &str = "
北海道 519 355 62 259 153 6 0 011-863-6794
青森県 59 105 0 72 49 4 0 017-723-4580
岩手県 114 142 30 49 26 3 0 019-663-5206
宮城県 133 125 23 57 57 4 7 022-272-8573
秋田県 40 57 0 46 34 0 28 018-832-8810
山形県 39 51 0 29 33 7 0 023-646-8878
福島県 77 85 10 62 35 7 0 024-934-0500
茨城県 124 70 20 62 59 0 0 029-221-7021
栃木県 103 109 10 70 39 19 0 028-625-3831
群馬県 107 72 0 54 40 3 0 027-269-5202
埼玉県 479 121 34 255 173 7 14 048-620-7337
千葉県 199 217 20 99 42 23 3 043-247-6371
東京都 830 534 9 509 205 27 931 03-5309-2065
神奈川県 749 514 0 228 83 0 9 045-263-2101
新潟県 280 128 37 128 123 50 0 025-233-6011
富山県 63 299 82 120 39 1 0 076-433-5251
石川県 35 78 6 41 16 7 0 076-225-7771
福井県 74 51 37 47 52 36 97 0776-52-1857
山梨県 18 35 1 41 26 0 0 055-226-0110
長野県 259 300 29 285 260 12 0 0263-35-0067
岐阜県 72 152 15 39 30 2 0 058-277-1010
静岡県 9 36 6 43 41 0 0 054-202-1761
愛知県 648 254 8 171 157 21 0 052-871-0600
三重県 155 185 57 154 62 0 34 059-222-0466
滋賀県 235 100 0 60 35 3 0 077-564-9494
京都府 658 142 7 67 55 3 56 075-222-0316
大阪府 420 733 340 799 171 34 550 06-6964-5511
兵庫県 301 245 20 178 85 23 5 078-341-0240
奈良県 174 211 40 139 74 25 59 0744-25-4031
和歌山県 66 83 2 54 80 16 5 073-483-0234
鳥取県 50 13 1 23 54 0 0 0857-25-1222
島根県 67 51 0 51 35 0 0 0852-27-8510
岡山県 206 479 62 178 126 13 21 086-226-3639
広島県 486 665 44 485 484 24 0 082-293-9786
山口県 36 42 0 26 26 0 0 0835-24-5791
徳島県 42 155 92 71 192 144 102 088-631-5544
香川県 94 123 10 144 136 14 0 087-864-9075
愛媛県 312 200 0 178 178 0 22 089-924-0848
高知県 43 48 10 43 42 7 0 088-844-0758
福岡県 603 203 16 173 96 10 0 092-631-1221
佐賀県 40 52 0 30 23 0 0 0952-51-3511
長崎県 134 55 0 34 28 0 38 0957-49-8060
熊本県 187 100 8 65 43 2 0 096-365-7660
大分県 93 58 20 32 19 1 0 097-574-7136
宮崎県 54 191 20 86 35 10 15 0985-58-4525
鹿児島県 97 49 11 30 8 3 98 099-256-8025
沖縄県 245 249 42 202 136 20 20 098-888-3127";

/// The published 計 row.
const SOURCE_TOTAL: [u32; 7] = [9828, 8322, 1241, 6068, 3995, 591, 2114];

fn figures_of(f: &Figures) -> [u32; 7] {
    Metric::ALL.map(|m| f.get(m))
}

#[test]
fn every_figure_and_phone_equals_the_source() {
    let loaded = report::bundled().expect("the bundled report loads");
    let rows = &loaded.report.rows;
    let source: Vec<&str> = SOURCE_TABLE.trim().lines().collect();
    assert_eq!(source.len(), 47);
    assert_eq!(rows.len(), 47);
    for (i, (line, row)) in source.iter().zip(rows).enumerate() {
        let cells: Vec<&str> = line.split(' ').collect();
        assert_eq!(cells.len(), 9, "{line}");
        assert_eq!(row.name, cells[0]);
        assert_eq!(
            row.code,
            PrefectureCode(u8::try_from(i + 1).unwrap()),
            "{}",
            row.name
        );
        let expected: Vec<u32> = cells[1..8].iter().map(|c| c.parse().unwrap()).collect();
        assert_eq!(figures_of(&row.figures).to_vec(), expected, "{}", row.name);
        assert_eq!(row.phone, cells[8], "{}", row.name);
    }
    assert_eq!(figures_of(&loaded.report.total), SOURCE_TOTAL);
}

#[test]
fn loads_with_no_warning_and_every_column_sums_to_the_published_total() {
    let loaded = report::bundled().expect("the bundled report loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    for (k, metric) in Metric::ALL.iter().enumerate() {
        let sum: u32 = loaded
            .report
            .rows
            .iter()
            .map(|r| r.figures.get(*metric))
            .sum();
        assert_eq!(sum, SOURCE_TOTAL[k], "{metric:?}");
    }
    assert_eq!(loaded.report.summed(), Some(loaded.report.total));
}

#[test]
fn meta_holds_period_notes_caveats_and_national_figures() {
    let r = report::bundled().unwrap().report;
    let m = &r.meta;
    assert_eq!(m.source.date, "2021-05-26");
    assert_eq!(m.source.date_text, "令和3年5月26日");
    assert_eq!(m.source.attachment, "別紙3");
    assert_eq!(m.source.issuers.len(), 2);
    assert_eq!(m.source.issuers[0].ja(), "厚生労働省健康局");
    assert_eq!(m.source.issuers[1].ja(), "厚生労働省医政局");
    assert_eq!(
        (m.period.from.as_str(), m.period.to.as_str()),
        ("2020-04-06", "2021-05-16")
    );
    assert_eq!(m.period.vaccination_from, "2021-04-12");
    assert_eq!(m.period.vaccination_employed_from, "2021-02-01");
    assert_eq!(m.compiled.date, "2021-05-19");
    assert_eq!(m.compiled.by.ja(), "中央ナースセンター");
    let notes: Vec<(u8, Metric)> = m.notes.iter().map(|n| (n.number, n.column)).collect();
    assert_eq!(
        notes,
        [
            (1, Metric::VaccinationOpenings),
            (2, Metric::VaccinationEmployed),
            (3, Metric::VaccinationTrained)
        ]
    );
    assert!(m.notes[2].text.ja().contains("4,219人"));
    assert_eq!(m.caveats.len(), 4);
    assert!(m.caveats[1].ja().starts_with("就業者毎に雇用形態"));
    let fig = |id: &str| {
        let f = r.national_figure(id).unwrap();
        (f.value, f.qualifier, f.as_of.clone())
    };
    assert_eq!(fig("trained_nurses_ready"), (4200, Qualifier::About, None));
    assert_eq!(
        fig("trained_nurses_incl_before"),
        (4219, Qualifier::Exact, None)
    );
    assert_eq!(fig("key_net_doctors"), (2600, Qualifier::About, None));
    let as_of = Some("2021-05-24".to_owned());
    assert_eq!(
        fig("key_net_institutions"),
        (2700, Qualifier::About, as_of.clone())
    );
    assert_eq!(fig("key_net_applicants"), (3400, Qualifier::AtLeast, as_of));
    assert_eq!(fig("jma_bank_doctors"), (2724, Qualifier::About, None));
}

#[test]
fn contacts_equal_the_source_and_invent_no_hours() {
    let r = report::bundled().unwrap().report;
    let c = |id: &str| r.contact(id).unwrap();
    assert_eq!(c("gmis").phone.as_deref(), Some("0570-783-872"));
    let h = c("gmis").hours.as_ref().unwrap();
    assert_eq!(
        (h.from.as_str(), h.to.as_str(), h.holidays_excluded),
        ("09:00", "17:00", Some(true))
    );
    assert_eq!(c("recruit_options").phone.as_deref(), Some("03-3548-8601"));
    assert_eq!(
        c("recruit_options").email.as_deref(),
        Some("Key-Net@hr-s.co.jp")
    );
    let h = c("recruit_options").hours.as_ref().unwrap();
    assert_eq!(
        (h.from.as_str(), h.to.as_str(), h.holidays_excluded),
        ("10:00", "17:00", None)
    );
    assert_eq!(c("ri_e").phone.as_deref(), Some("03-6682-5933"));
    assert_eq!(c("ri_e").email.as_deref(), Some("vaccinemd@ri-e.org"));
    let h = c("ri_e").hours.as_ref().unwrap();
    assert_eq!((h.from.as_str(), h.to.as_str()), ("09:30", "18:00"));
    let bank = c("jma_bank");
    assert_eq!(bank.phone.as_deref(), Some("03-3942-6512"));
    assert_eq!(bank.fax.as_deref(), Some("03-3942-7397"));
    assert!(bank.licence.as_deref().unwrap().contains("13-ユ-301810"));
    assert_eq!(bank.postal_address.as_ref().unwrap().postcode, "113-0021");
    // The source gives the bank no hours, no e-mail and no web address.
    assert!(bank.hours.is_none() && bank.email.is_none() && bank.links.is_empty());
    assert_eq!(r.escalation.len(), 5);
    assert_eq!(r.key_net_flow.len(), 6);
}

#[test]
fn csv_of_the_bundled_report() {
    let r = report::bundled().unwrap().report;
    let bytes = report::csv::report_csv(&r, staffing_dashboard::lang::Lang::Ja).unwrap();
    assert!(bytes.starts_with(report::csv::BOM));
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines.len(),
        50,
        "header, 計, 47 rows, and the empty rest after the last CRLF"
    );
    assert_eq!(lines[49], "");
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert_eq!(
        lines[0],
        "都道府県コード,都道府県,求職者数,求人数,求人数(うちワクチン接種業務),紹介人数,就業者数,就業者数(うちワクチン接種業務),ワクチン接種業務対応研修修了者数,各都道府県ナースセンターの連絡先"
    );
    assert_eq!(lines[1], "00,計,9828,8322,1241,6068,3995,591,2114,");
    assert_eq!(lines[2], "01,北海道,519,355,62,259,153,6,0,011-863-6794");
    assert_eq!(lines[14], "13,東京都,830,534,9,509,205,27,931,03-5309-2065");
    assert_eq!(lines[48], "47,沖縄県,245,249,42,202,136,20,20,098-888-3127");
}

//! Every text the bundled report marks as the notice's own words stands verbatim in the notice
//! (whitespace aside); the steps and the side panel's wording say what the notice says.

use staffing_dashboard::assets::BUNDLED_RON;
use staffing_dashboard::lang::Lang;
use staffing_dashboard::report::{self, Actor, ContactRef, Origin};

/// The notice's text, transcribed for this test from the MHLW administrative notice of
/// 2021-05-26 (事務連絡 令和3年5月26日, 厚生労働省健康局・医政局, 「新型コロナワクチンの接種体制の強化に
/// 向けた協力依頼について」): the first notice's body, the second notice's body (to the Japan
/// Medical Association), 別紙1 (Key-Net), 別紙2 (the JMA Women Doctors Bank's page) and the text
/// around the table of 別紙3, without its rows. Independent of the report file.
const NOTICE: &str = "
事務連絡
令和3年5月26日
各
都道府県
市町村
特別区
衛生主管部（局） 御中
厚生労働省健康局
厚生労働省医政局
新型コロナワクチンの接種体制の強化に向けた協力依頼について
新型コロナウイルス感染症への対応にあたっては、多大なるご尽力をいただき感謝申し上げます。
現在、貴自治体において、新型コロナワクチンの接種を進めるべく体制構築を進めていただいておりますが、貴自治体が特設の接種会場におけるワクチン接種事業を健診機関等に委託している場合であっても、特設の接種会場での接種体制について現状を把握の上、7月末を念頭に高齢者接種を完了する上で必要な場合、健診機関等に対し、レーン数の増設や開設日の増加等を指示いただくようお願いします。
健診機関等に対しては、別添の事務連絡のとおり、接種体制の強化に向けた依頼をしております。健診機関等が、医師や看護師等の不足等によりレーン数の増設など、特設の接種会場の拡大が困難であると考えている場合、
ハローワーク、ナースセンターや民間職業紹介事業者、厚生労働省が運営する医療人材向け求人サイトである「医療のお仕事 Key-Net」、日本医師会女性医師バンク等を通じて医師や看護師等の採用が可能であること
特に、厚生労働省が運営する医療人材向け求人サイトである「医療のお仕事 Key-Net」及び都道府県看護協会・ナースセンターに、すぐに勤務できる状況の者が多数登録されていること
を伝達いただき、人材確保に向けて適切な支援をいただきますようお願いいたします。
令和3年5月26日
日本医師会 御中
厚生労働省健康局
厚生労働省医政局
新型コロナウイルスワクチンの接種体制の強化に向けた協力依頼について
新型コロナウイルス感染症への対応にあたっては、多大なるご尽力をいただき感謝申し上げます。
現在、各自治体において、新型コロナウイルスワクチンの接種を進めるべく体制構築を進めていただいておりますが、4月30日付けで、健康局健康課予防接種室より各都道府県衛生主管部（局）宛に、各都道府県・市町村のワクチンの割当ての見通し（最低限分配できるワクチン量と時期）をお知らせするとともに、高齢者向け接種の終了時期について前倒しを依頼したところです。
貴機関（貴団体傘下の医療機関）が特設の接種会場におけるワクチン接種を受託している場合に、委託先市町村から、特設の接種会場での接種レーンの増設や、開設日の増加等について依頼があった際には積極的に応じていただくようお願いします。また、医師や看護師等の不足で依頼に応じることが困難な場合、ハローワーク・ナースセンターや民間職業紹介事業者、厚生労働省が運営する医療人材向け求人サイトである「医療のお仕事Key-Net」等を通じて採用を検討いただくことをご検討ください。特に、厚生労働省が運営する医療人材向け求人サイトである「医療のお仕事Key-Net」、日本医師会女性医師バンク及び都道府県看護協会・ナースセンターに、すぐに勤務できる状況の者が多数登録されていますので、これらの機関を積極的に活用いただくようお願いします。
医師
厚生労働省が運営する医療人材向けの求人情報サイトである「医療のお仕事Key-Net」に、約2,600名の医師が登録されています。予診等を行う医師が不足している場合、別紙1に記載の連絡先に相談下さい。
日本医師会女性医師バンクに、全国で計約2,724名の医師が登録されています。予診等を行う医師が不足している場合は、別紙2に記載の連絡先に相談下さい。
看護師等
都道府県看護協会・ナースセンターに、全国で計約4,200名の看護師が、ワクチン接種に係る研修を終え、すぐに接種会場で勤務できる状況で登録されています。ワクチンの接種等を行う看護師等が不足している場合、別紙3に記載の都道府県ごとの連絡先にご相談下さい。
医師・看護師・医療人材の求人情報サイト 「医療のお仕事 Key-Net」について
「医療のお仕事 Key-Net」は、新型コロナウイルス感染症に対応する中、地域医療を支える医療機関における人材確保を促進するために厚生労働省が開設（2020年6月19日）した、医療機関・保健所向け医療人材求人情報サイトです。全47都道府県・計約2,700の医療機関にご利用いただいております、3,400名以上の方から応募いただいております（2021年5月24日時点）。
「Key-Net」ご利用の流れ
今回の
ご対応
G-MISにログインの上、必要情報を申請してください
<https://www.med-login.mhlw.go.jp>
G-MISのIDをお持ちでない場合は下記より必要情報を申請してください
<https://bit.ly/34b4awz>
情報に不備がある場合再度ご入力をお願いさせていただく場合がございます。記入ルールを確認しながらの入力をお願いします
G-MIS に関する
お問い合わせ先
厚生労働省 G-MIS事務局（土日祝日を除く平日9時～17時）
TEL：0570-783-872
その他 Key-Net に関する
お問い合わせ先
リクオプサービスセンター（平日10:00～17:00）
TEL：03-3548-8601 Email：Key-Net@hr-s.co.jp
今後の
ご対応
追って詳細を
お伝えします
2営業日以内に、初回ログインに関するメールが届きます
初回ログインをしてください
募集情報を確認（～修正）～公開してください
応募者/問い合わせ者の対応をしてください
人材が充足したら公開を終了してください
備考）医師・看護職（ワクチン接種人材）の確保について
ワクチン接種人材のうち、医師の確保に関しては、頂いた情報を元に一般社団法人国際事業総合研究所において人的コーディネーターによるマッチングも並行して行います。
また、看護職の確保に関しては、管轄の都道府県ナースセンターを通じてナースセンター求職登録者に提供し、当該募集情報を契機とする職業紹介に繋げることも可能です。
医師のマッチング
に関するお問い合わせ先
一般社団法人国際事業総合研究所（平日9:30～18:00）
TEL：03-6682-5933 Email：vaccinemd@ri-e.org
看護師の職業紹介
に関するお問い合わせ先
リクオプサービスセンター（平日10:00～17:00）
TEL：03-3548-8601 Email：Key-Net@hr-s.co.jp
初めての方へ
女性医師バンクとは
日本医師会女性医師バンク（以下「女性医師バンク」）は、厚生労働省「女性医師支援センター事業」の委託を受け、今後急増していくと予想される女性医師のライフステージに応じた就労を支援し、医師の確保を図ることを目的として、日本医師会が平成19年1月30日より開始した事業です。
女性医師バンクは、厚生労働大臣の許可を受けて行う職業紹介事業（厚生労働大臣許可 13-ユ-301810）あり、女性医師に関するデータベースを構築するとともに、女性医師の採用を希望する医療機関の情報収集を行い、女性医師に対して就業希望条件にあった医療機関を紹介し、就業までの間の支援を行うことを目的としております。
また再就業後も、継続して勤務できるよう支援を行うとともに、女性医師にとって、より働きやすい環境の整備も推進してまいります。
女性医師バンクの特徴
就業までの流れ
医師の求職及び医療機関の求人の登録は、本ホームページでの登録以外に、郵送でも受け付けていたします。ご希望の方には郵送用の登録用紙をお送りいたしますので下記までご連絡をお願いいたします。
※ 求職者登録の際に本人確認を実施いたします。医師免許証の写し、本人確認書類（下記のいずれかの写し一通）、履歴書（コーディネートの際に利用いたします。写真不要、書式不問）と共にご郵送ください。
本人確認書類 運転免許証・保険証・パスポート・住民票（発行から6ヶ月以内のもの）
日本医師会女性医師バンク
〒113-0021
東京都文京区本駒込2-28-8 文京グリーンコート17階
TEL: 03 (3942) 6512 FAX: 03-3942-7397
都道府県ナースセンターの新型コロナウイルス感染症対策における潜在看護職の復職支援状況 累計
別紙3
20年4月6日～21年5月16日分(ワクチン関連については21/4/12以降)
(21/5/19時点の各都道府県ナースセンターからの報告を中央ナースセンターにおいてとりまとめたもの)
1:21.4.12以降の新規求人のうち、ワクチン接種関連業務に係るものを集計
2:21.2.1以降の就業者のうち、ワクチン接種関連業務への従事者を集計(施設種別に関わらずワクチン接種業務への従事者を集計)
3:21.4.12以前のワクチン接種研修修了者を含めると全国で4,219人
都道府県ナースセンターからの依頼により過去に報告された実績が補正される場合がある。
就業者毎に雇用形態(臨時雇用、非常勤雇用など)、雇用期間が様々であり、就業者数が単純に確保された人員数を表さない場合がある
各都道府県看護協会では、eナースセンターに登録されている看護職のみの働きかけのみならず、あらゆる手段で看護職の確保に取り組んでいるが、上記の数値には反映していない
集計値はその後の再集計等により変更する場合がある
";

/// How many texts of more than two characters the bundled report marks as the notice's words.
const QUOTED_TEXTS: usize = 37;

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The Japanese of every `Quote(…)` and `NameOurEnglish(…)` in the file, read from its text.
fn marked_quotes(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in ["Quote(", "NameOurEnglish("] {
        for (at, _) in text.match_indices(marker) {
            let rest = &text[at + marker.len()..];
            let open = rest.find("ja: \"").expect("ja after the mark") + 5;
            let body = &rest[open..];
            let close = body.find('"').expect("a closing quote");
            out.push(body[..close].to_owned());
        }
    }
    out
}

#[test]
fn every_text_marked_as_a_quote_stands_verbatim_in_the_notice() {
    let notice = squeeze(NOTICE);
    let quotes = marked_quotes(BUNDLED_RON);
    // Units (名, 人) stand in any text: the count is of the sentences and names.
    let long = quotes.iter().filter(|q| q.chars().count() > 2).count();
    assert_eq!(long, QUOTED_TEXTS, "{quotes:#?}");
    for q in &quotes {
        assert!(notice.contains(&squeeze(q)), "not in the notice: {q}");
    }
    // Plain strings are the source's own too.
    let r = report::bundled().unwrap().report;
    let mut plain: Vec<&str> = vec![&r.meta.source.date_text];
    plain.extend(r.meta.national_figures.iter().map(|f| f.quote.as_str()));
    for c in &r.contacts {
        plain.extend(c.hours.as_ref().map(|h| h.text.as_str()));
        plain.extend(c.postal_address.as_ref().map(|a| a.address.as_str()));
        plain.extend(c.licence.as_deref());
    }
    for p in plain {
        assert!(notice.contains(&squeeze(p)), "not in the notice: {p}");
    }
}

#[test]
fn the_model_reads_the_marks_of_the_file() {
    let r = report::bundled().unwrap().report;
    assert_eq!(r.meta.title.origin(), Origin::Quote);
    assert_eq!(r.meta.short_title.origin(), Origin::Ours);
    for c in &r.meta.caveats {
        assert_eq!(c.origin(), Origin::Quote);
    }
    // The steps are our summaries, and say so.
    for s in &r.escalation {
        assert_eq!(s.action.origin(), Origin::Ours, "step {}", s.number);
    }
    // The two names whose English is ours carry the Japanese name in English.
    for id in ["recruit_options", "ri_e"] {
        let org = &r.contact(id).unwrap().organisation;
        assert_eq!(org.origin(), Origin::NameOurEnglish, "{id}");
        let shown = org.shown(Lang::En);
        assert!(
            shown.contains(org.ja()) && shown.contains("English name ours"),
            "{shown}"
        );
        assert_eq!(org.shown(Lang::Ja), org.ja());
    }
    let quotes = marked_quotes(BUNDLED_RON).len();
    let names = marked_quotes(BUNDLED_RON)
        .iter()
        .filter(|q| {
            ["リクオプサービスセンター", "一般社団法人国際事業総合研究所"].contains(&q.as_str())
        })
        .count();
    assert_eq!(names, 2, "of {quotes}");
}

fn step(n: u8) -> report::EscalationStep {
    let r = report::bundled().unwrap().report;
    r.escalation.into_iter().find(|s| s.number == n).unwrap()
}

#[test]
fn step_4_sends_nurses_to_the_nurse_centre_and_recruit_options_only_for_questions() {
    let s = step(4);
    // The nurse centre first; a Key-Net posting reaches its registered job seekers; Recruit
    // Options is where to ask about nurse placement (it places no one); the notice's national
    // figure with the notice's date.
    assert_eq!(
        s.action.ja(),
        "ワクチンの接種等を行う看護師等が不足している場合、都道府県ごとのナースセンター（別紙3の連絡先）に相談する（2021年5月26日の通知の時点で、都道府県看護協会・ナースセンターには全国で計約4,200名の研修を終えた看護師が登録）。「医療のお仕事 Key-Net」に掲載した募集情報は、管轄の都道府県ナースセンターを通じてナースセンター求職登録者に提供し、職業紹介に繋げることも可能。看護師の職業紹介に関するお問い合わせ先はリクオプサービスセンター"
    );
    assert_eq!(
        s.action.en(),
        "If nurses for vaccination are short, ask the prefecture's nurse centre (the contacts of attachment 3; as of the notice of 2021-05-26, about 4,200 trained nurses were registered nationwide with the prefectural nursing associations and nurse centres). An opening posted on Key-Net can also be passed, through the prefecture's nurse centre, to the job seekers registered there and lead to a placement. Questions about the placement of nurses go to the リクオプサービスセンター (Recruit Options service centre)"
    );
    assert_eq!(s.contacts.first(), Some(&ContactRef::NurseCentre));
}

#[test]
fn step_3_matches_doctors_in_parallel_with_the_key_net_posting() {
    let s = step(3);
    assert!(
        s.action.ja().contains("マッチングも並行して"),
        "{}",
        s.action.ja()
    );
    assert!(
        s.action.ja().contains("募集情報を掲載"),
        "{}",
        s.action.ja()
    );
    assert!(s.action.en().contains("In parallel"), "{}", s.action.en());
}

#[test]
fn steps_1_and_5_are_the_health_departments_with_the_end_of_july_in_view() {
    for n in [1, 5] {
        assert_eq!(step(n).actor, Actor::HealthDepartment, "step {n}");
    }
    assert!(
        Actor::HealthDepartment
            .label(Lang::Ja)
            .contains("都道府県・市町村・特別区")
    );
    assert!(
        Actor::HealthDepartment
            .label(Lang::Ja)
            .contains("衛生主管部")
    );
    let one = step(1);
    assert!(
        one.action.ja().contains("7月末を念頭に"),
        "{}",
        one.action.ja()
    );
    // 7月末を念頭に: with the end of July in view, not a deadline.
    assert_eq!(
        one.action.en(),
        "Review the current capacity of the special vaccination venues and, where needed to complete vaccinating the elderly with the end of July in view, instruct the health-checkup organisations and others to add lanes or opening days (also where the venue's work is contracted to them)"
    );
    // Step 2: 積極的に応じる, actively.
    assert!(
        step(2)
            .action
            .en()
            .starts_with("Actively accept the contracting municipality's requests"),
        "{}",
        step(2).action.en()
    );
    assert!(
        step(3).action.en().starts_with(
            "If doctors for pre-vaccination checks are short, ask the contacts of attachment 1"
        ),
        "{}",
        step(3).action.en()
    );
    // Operators: 健診機関等 and the medical institutions of the associations.
    for n in [2, 3, 4] {
        assert_eq!(step(n).actor, Actor::Operator, "step {n}");
    }
    assert!(Actor::Operator.label(Lang::Ja).contains("健診機関等"));
    assert!(Actor::Operator.label(Lang::Ja).contains("医療機関"));
    assert!(
        Actor::Operator
            .label(Lang::En)
            .contains("medical institution")
    );
}

#[test]
fn nothing_the_notice_says_is_dropped_from_flow_step_1_and_the_banks_registration() {
    let r = report::bundled().unwrap().report;
    let flow = &r.key_net_flow[0];
    assert!(
        flow.text
            .ja()
            .contains("記入ルールを確認しながらの入力をお願いします")
    );
    let bank = r.contact("jma_bank").unwrap();
    let reg = bank.registration.as_ref().unwrap();
    assert!(reg.ja().contains("郵送用の登録用紙を送付"), "{}", reg.ja());
    assert!(reg.en().contains("registration form"), "{}", reg.en());
}

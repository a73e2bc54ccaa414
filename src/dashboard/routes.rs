//! The routes the notice gives, in its order, for the window and the contact sheet alike: the
//! path to doctors (post on Key-Net through G-MIS; 国際事業総合研究所 matches doctors from that
//! information, in parallel; or the JMA Women Doctors Bank), and whom a step names, each contact
//! with what the notice says it is for.

use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::{Contact, ContactRef, Report};
use crate::texts::{fill, texts};

/// One stop of a path: what happens there, and the contact the notice names for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stop<'a> {
    /// What happens, in our words after the notice: 「1. 「医療のお仕事 Key-Net」に募集情報を掲載
    /// する（G-MIS から申請）」.
    pub text: String,
    /// The contact for it (its roles say what the notice names it for).
    pub contact: &'a Contact,
}

/// The path to doctors in the notice's order (別紙1 and its 備考, then 別紙2): the venue posts
/// its opening on Key-Net through G-MIS (G-MIS事務局 answers questions about G-MIS);
/// 国際事業総合研究所 matches doctors from the information given, in parallel; the JMA Women
/// Doctors Bank can be asked too. A contact the report lacks is left out.
pub fn doctor_path(report: &Report, lang: Lang) -> Vec<Stop<'_>> {
    let t = texts(lang);
    [
        ("gmis", t.side.route_doctors_post),
        ("ri_e", t.side.route_doctors_match),
        ("jma_bank", t.side.route_doctors_bank),
    ]
    .into_iter()
    .filter_map(|(id, text)| report.contact(id).map(|contact| (text, contact)))
    .enumerate()
    .map(|(i, (text, contact))| Stop {
        text: fill(text, &[("number", &i.saturating_add(1))]),
        contact,
    })
    .collect()
}

/// A contact as a step names it: its name, what the notice names it for, and its phone:
/// 「リクオプサービスセンター（その他 Key-Net に関するお問い合わせ先、看護師の職業紹介に関するお問い合わせ先）
/// 03-3548-8601」.
pub fn contact_for_what(c: &Contact, lang: Lang) -> String {
    let t = texts(lang);
    let roles: Vec<&str> = c.roles.iter().map(|r| r.get(lang)).collect();
    let name = if roles.is_empty() {
        c.organisation.shown(lang).into_owned()
    } else {
        fill(
            t.side.contact_for,
            &[
                ("name", &c.organisation.shown(lang)),
                ("roles", &roles.join(t.side.roles_separator)),
            ],
        )
    };
    match &c.phone {
        Some(p) => format!("{name} {p}"),
        None => name,
    }
}

/// Whom a step names, with phones: the selected prefecture's nurse centre, the contacts with
/// what each is for, the routes that have no contact (ハローワーク).
pub fn whom(
    report: &Report,
    selected: Option<PrefectureCode>,
    contacts: &[ContactRef],
    lang: Lang,
) -> Vec<String> {
    contacts
        .iter()
        .map(|c| match c {
            ContactRef::NurseCentre => match selected.and_then(|s| report.row(s)) {
                Some(r) => fill(
                    texts(lang).side.nurse_centre_with_phone,
                    &[("name", &r.name_in(lang)), ("phone", &r.phone)],
                ),
                None => texts(lang).side.the_prefectures_nurse_centre.to_owned(),
            },
            ContactRef::Contact(id) => report
                .contact(id)
                .map_or_else(|| id.clone(), |c| contact_for_what(c, lang)),
            ContactRef::Named(t) => t.get(lang).to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_doctor_path_follows_the_notice() {
        let r = crate::report::bundled().unwrap().report;
        let path = doctor_path(&r, Lang::Ja);
        let ids: Vec<&str> = path.iter().map(|s| s.contact.id.as_str()).collect();
        assert_eq!(ids, ["gmis", "ri_e", "jma_bank"]);
        let texts: Vec<&str> = path.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1. 「医療のお仕事 Key-Net」に募集情報を掲載する（G-MIS から申請）",
                "2. 並行して、頂いた情報を元に国際事業総合研究所が医師をマッチング",
                "3. 日本医師会女性医師バンクにも相談できる",
            ]
        );
        // G-MIS事務局 is what the notice calls it: the desk for questions about G-MIS.
        assert_eq!(
            contact_for_what(path[0].contact, Lang::Ja),
            "厚生労働省 G-MIS事務局（G-MISに関するお問い合わせ先） 0570-783-872"
        );
        let en = doctor_path(&r, Lang::En);
        assert_eq!(en[0].text, "1. Post the opening on Key-Net (through G-MIS)");
        // A report without 国際事業総合研究所 numbers the rest on.
        let mut less = r.clone();
        less.contacts.retain(|c| c.id != "ri_e");
        let path = doctor_path(&less, Lang::Ja);
        assert_eq!(path.len(), 2);
        assert!(path[1].text.starts_with("2. 日本医師会女性医師バンク"));
    }

    #[test]
    fn a_step_says_which_contact_is_for_what() {
        let r = crate::report::bundled().unwrap().report;
        let step2 = r.escalation.iter().find(|s| s.number == 2).unwrap();
        assert_eq!(
            whom(&r, None, &step2.contacts, Lang::Ja),
            [
                "ハローワーク",
                "都道府県ナースセンター",
                "民間職業紹介事業者",
                "リクオプサービスセンター（その他 Key-Net に関するお問い合わせ先・看護師の職業紹介に関するお問い合わせ先） 03-3548-8601",
                "日本医師会女性医師バンク（予診等を行う医師が不足している場合の相談先（別紙2）） 03-3942-6512",
            ]
        );
        // A contact the report does not have is named by its id; one without roles or phone by
        // its name alone.
        assert_eq!(
            whom(
                &r,
                None,
                &[ContactRef::Contact("nowhere".to_owned())],
                Lang::Ja
            ),
            ["nowhere"]
        );
        let mut bare = r.contact("gmis").unwrap().clone();
        bare.roles.clear();
        bare.phone = None;
        assert_eq!(contact_for_what(&bare, Lang::Ja), "厚生労働省 G-MIS事務局");
        let step4 = r.escalation.iter().find(|s| s.number == 4).unwrap();
        assert_eq!(
            whom(&r, Some(PrefectureCode(11)), &step4.contacts, Lang::En),
            [
                "Saitama nurse centre 048-620-7337",
                "Recruit Options service centre (リクオプサービスセンター; English name ours) (Other questions about \
                    Key-Net; Questions about the placement of nurses) 03-3548-8601",
            ]
        );
    }
}

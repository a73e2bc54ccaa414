//! Whom to call and what to do: the contacts of 別紙1 and 別紙2, the escalation steps of the
//! notices' body text, and Key-Net's usage flow.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::report::text::Text;
use crate::texts::texts;

/// What a contact is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Purpose {
    /// Finding doctors.
    Doctors,
    /// Finding nurses (for Key-Net: questions about the placement of nurses).
    Nurses,
    /// Registering with or logging in to G-MIS.
    GmisRegistration,
    /// Any other question about Key-Net.
    KeyNetQuestions,
}

/// Days a contact answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Days {
    /// 平日: Monday to Friday.
    Weekdays,
}

/// Opening hours, only as far as the source states them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// The days.
    pub days: Days,
    /// Opening time, "HH:MM".
    pub from: String,
    /// Closing time, "HH:MM".
    pub to: String,
    /// Whether public holidays are excluded; `None` where the source does not say.
    #[serde(deserialize_with = "Option::deserialize")]
    pub holidays_excluded: Option<bool>,
    /// The hours as the source writes them.
    pub text: String,
}

/// A link given in the source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the link is for.
    pub label: Text,
    /// The address (https only).
    pub url: String,
}

/// A postal address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostalAddress {
    /// 〒 postcode, "NNN-NNNN".
    pub postcode: String,
    /// The address as the source writes it.
    pub address: String,
}

/// An organisation to contact, from 別紙1 or 別紙2.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// A stable key that escalation steps refer to.
    pub id: String,
    /// The attachment it comes from (別紙1, 別紙2).
    pub attachment: String,
    /// The service it belongs to (医療のお仕事 Key-Net, 日本医師会女性医師バンク).
    pub service: Text,
    /// The organisation's name.
    pub organisation: Text,
    /// What it is the contact for, as the source heads it.
    pub roles: Vec<Text>,
    /// What it is for, as data.
    pub purposes: Vec<Purpose>,
    /// Phone.
    #[serde(deserialize_with = "Option::deserialize")]
    pub phone: Option<String>,
    /// Fax.
    #[serde(deserialize_with = "Option::deserialize")]
    pub fax: Option<String>,
    /// E-mail.
    #[serde(deserialize_with = "Option::deserialize")]
    pub email: Option<String>,
    /// Postal address.
    #[serde(deserialize_with = "Option::deserialize")]
    pub postal_address: Option<PostalAddress>,
    /// Links given in the source.
    pub links: Vec<Link>,
    /// Opening hours; absent where the source gives none.
    #[serde(deserialize_with = "Option::deserialize")]
    pub hours: Option<Hours>,
    /// Licence number of a licensed placement service.
    #[serde(deserialize_with = "Option::deserialize")]
    pub licence: Option<String>,
    /// How to register, when the source says.
    #[serde(deserialize_with = "Option::deserialize")]
    pub registration: Option<Text>,
    /// Ids of the national figures that describe it (registered doctors, …).
    pub figures: Vec<String>,
}

/// Who acts in an escalation step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Actor {
    /// The first notice's addressees: the health departments (衛生主管部（局）) of prefectures,
    /// municipalities and special wards (都道府県・市町村・特別区).
    HealthDepartment,
    /// Who runs a special venue under contract: health-checkup organisations and others
    /// (健診機関等), and the medical institutions of the associations the other notices address.
    Operator,
}

impl Actor {
    /// Who acts, in `lang` (our wording of the notices' addressees).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::HealthDepartment => texts(lang).side.actor_health_department,
            Self::Operator => texts(lang).side.actor_operator,
        }
    }
}

/// A contact an escalation step points to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactRef {
    /// The selected prefecture's nurse centre (its phone is in the table).
    NurseCentre,
    /// A contact of `Report::contacts`, by id.
    Contact(String),
    /// A route named in the notice that has no contact in it (Hello Work, private agencies).
    Named(Text),
}

/// One step of what to do when a venue is short of doctors or nurses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationStep {
    /// The step's number (1-based).
    pub number: u8,
    /// Who acts.
    pub actor: Actor,
    /// What to do.
    pub action: Text,
    /// The role of the step: why it matters.
    pub role: Text,
    /// Whom to call for it.
    pub contacts: Vec<ContactRef>,
}

/// When a Key-Net step happens (今回のご対応 / 今後のご対応).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FlowStage {
    /// 今回のご対応: what the institution does now.
    Now,
    /// 今後のご対応: what follows.
    Later,
}

/// One step of Key-Net's usage flow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowStep {
    /// The step's number (1-6).
    pub number: u8,
    /// Now or later.
    pub stage: FlowStage,
    /// What to do.
    pub text: Text,
    /// Links for the step.
    pub links: Vec<Link>,
    /// Ids of the contacts for questions about the step.
    pub contacts: Vec<String>,
}

//! Contact cards: whom to call, with phone, e-mail, hours and what each is for; phones and
//! e-mails are copyable and open as `tel:`/`mailto:` links.

use egui::RichText;

use crate::dashboard::Command;
use crate::dashboard::format::hours_text;
use crate::lang::Lang;
use crate::report::{Contact, Purpose, Report, attachment_number};
use crate::texts::{fill, texts};
use crate::ui::copy_button;

/// A phone as a tel: link, with a copy button.
pub fn phone_ui(
    ui: &mut egui::Ui,
    (phone, whose): (&str, &str),
    size: f32,
    lang: Lang,
) -> Option<Command> {
    let t = texts(lang);
    ui.horizontal(|ui| {
        ui.label(RichText::new("☎").size(size));
        let link = ui.add(egui::Hyperlink::from_label_and_url(
            RichText::new(phone).size(size).strong(),
            format!("tel:{phone}"),
        ));
        // Announced with whose number it is: 「東京都ナースセンター 電話 03-5309-2065」.
        let said = crate::texts::fill(t.a11y.phone, &[("whose", &whose), ("phone", &phone)]);
        link.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Link, true, &said));
        link.on_hover_text(t.side.opens_your_phone_app);
        let what = crate::texts::fill(t.a11y.copy_phone, &[("whose", &whose)]);
        copy_button(ui, phone, &what, lang)
    })
    .inner
}

/// The cards of every contact for `purpose`, in the report's order.
pub fn cards_for_ui(
    ui: &mut egui::Ui,
    report: &Report,
    purpose: Purpose,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    for c in report
        .contacts
        .iter()
        .filter(|c| c.purposes.contains(&purpose))
    {
        card_ui(ui, c, report, lang, out);
    }
}

/// One contact card: who, what to ask them, phone, fax, e-mail and hours in body text; the rest
/// (the service and attachment, address, registration, figures, links) behind a fold.
pub fn card_ui(
    ui: &mut egui::Ui,
    contact: &Contact,
    report: &Report,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let t = texts(lang);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(contact.organisation.shown(lang)).strong());
        let roles: Vec<&str> = contact.roles.iter().map(|r| r.get(lang)).collect();
        ui.label(roles.join(t.side.roles_separator));
        if let Some(phone) = &contact.phone {
            let whose = contact.organisation.shown(lang);
            out.extend(phone_ui(ui, (phone, &whose), 18.0, lang));
        }
        if let Some(fax) = &contact.fax {
            ui.label(format!("FAX {fax}"));
        }
        if let Some(email) = &contact.email {
            ui.horizontal(|ui| {
                ui.label(t.side.e_mail);
                ui.hyperlink_to(email, format!("mailto:{email}"));
                let what = crate::texts::fill(
                    t.a11y.copy_email,
                    &[("whose", &contact.organisation.shown(lang))],
                );
                out.extend(copy_button(ui, email, &what, lang));
            });
        }
        match &contact.hours {
            Some(h) => ui.label(format!("{}{}", t.side.hours, hours_text(h, lang))),
            None => ui.label(t.side.hours_not_stated),
        };
        // Registering as a job seeker is for doctors, not for the operator calling.
        let details = if contact.registration.is_some() {
            t.side.card_registration
        } else {
            t.side.card_details
        };
        egui::CollapsingHeader::new(details)
            .id_salt(("card_details", &contact.id))
            .show(ui, |ui| details_ui(ui, contact, report, lang));
    });
}

/// A desk a path passes by (G-MIS事務局 on the way to Key-Net), in few lines: its name with
/// what the notice names it for, its phone and hours. Not a card: it is not whom to call for
/// the staff that is short.
pub fn desk_ui(ui: &mut egui::Ui, contact: &Contact, lang: Lang, out: &mut Vec<Command>) {
    let t = texts(lang);
    ui.indent(("desk", &contact.id), |ui| {
        let roles: Vec<&str> = contact.roles.iter().map(|r| r.get(lang)).collect();
        ui.label(fill(
            t.side.contact_for,
            &[
                ("name", &contact.organisation.shown(lang)),
                ("roles", &roles.join(t.side.roles_separator)),
            ],
        ));
        if let Some(phone) = &contact.phone {
            let whose = contact.organisation.shown(lang);
            out.extend(phone_ui(ui, (phone, &whose), 15.0, lang));
        }
        if let Some(h) = &contact.hours {
            ui.label(format!("{}{}", t.side.hours, hours_text(h, lang)));
        }
    });
}

/// What a card folds away.
fn details_ui(ui: &mut egui::Ui, contact: &Contact, report: &Report, lang: Lang) {
    ui.label(fill(
        texts(lang).sources.service_line,
        &[
            ("service", &contact.service.get(lang)),
            ("attachment", &attachment_number(&contact.attachment)),
        ],
    ));
    if let Some(a) = &contact.postal_address {
        ui.label(format!("〒{} {}", a.postcode, a.address));
    }
    if let Some(reg) = &contact.registration {
        ui.label(reg.get(lang));
    }
    if let Some(l) = &contact.licence {
        ui.label(l);
    }
    for id in &contact.figures {
        if let Some(f) = report.national_figure(id) {
            let text = crate::dashboard::provenance::national_figure_line(report, f, lang);
            let quote = crate::dashboard::provenance::national_figure_quote(report, f, lang);
            ui.label(text).on_hover_text(quote);
        }
    }
    for link in &contact.links {
        ui.hyperlink_to(link.label.get(lang), &link.url)
            .on_hover_text(&link.url);
    }
}

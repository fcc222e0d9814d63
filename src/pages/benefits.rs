//! The benefits estimator: the situation on the left (round, place, education and status shared
//! with the self-check), the engine's estimate on the right: a total with its range, each line with
//! its basis and sources, when it is paid, a short summary for parents, and benefits after service.

use crate::browser;
use crate::components::benefit_lines::{benefit_lines, place_name};
use crate::components::choice_field::{ChoiceField, choice_field};
use crate::components::non_cash_list::non_cash_list;
use crate::components::payment_timeline::payment_timeline;
use crate::components::select_field::{SelectField, select_field};
use crate::components::stale_notice::stale_notice;
use crate::components::steps::{options, region_options, round_options};
use crate::components::text_field::{TextField, text_field};
use crate::ctx::use_ctx;
use crate::state::answers::Answers;
use enlistment_rules::applicant::{EduStatus, Education, Field};
use enlistment_rules::benefits::{Basis, Honour, Posting, TuitionScheme, estimate};
use enlistment_rules::data::PLACES;
use enlistment_rules::places::{place, province};
use enlistment_rules::round::Round;
use std::collections::BTreeSet;
use yew::prelude::*;

#[component]
pub fn BenefitsPage() -> Html {
    let ctx = use_ctx();
    let (t, w) = (ctx.t(), ctx.w());
    let a = (*ctx.answers).clone();
    let conv = {
        let today = ctx.today;
        use_memo(a.clone(), move |a| a.household(today))
    };
    let est = use_memo(conv.clone(), |c| estimate(&c.value));
    let shown = use_state(BTreeSet::<&'static str>::new);

    let set = |f: fn(&mut Answers, String)| ctx.setter(f);
    let blur = |id: &'static str| {
        let shown = shown.clone();
        Callback::from(move |_: ()| {
            let mut s = (*shown).clone();
            s.insert(id);
            shown.set(s);
        })
    };
    let error = |id: &'static str, f: Field| {
        if !shown.contains(id) {
            return None;
        }
        conv.error(f).map(|code| w.field_error(f, code))
    };
    let locale = ctx.locale();
    // Amounts in yuan and counts of years: whole numbers, typed with the number keyboard.
    let number_field = |id: &'static str,
                        label: &'static str,
                        money: bool,
                        value: &str,
                        f: Field,
                        setter: fn(&mut Answers, String)| {
        text_field(TextField {
            id,
            label,
            hint: money.then_some(t.hint_money()),
            unit: money.then_some(locale.t().unit_yuan()),
            inputmode: Some("numeric"),
            value: value.to_string(),
            error: error(id, f),
            on_input: set(setter),
            on_blur: blur(id),
            ..TextField::default()
        })
    };

    let local_places: Vec<(String, String)> = PLACES
        .iter()
        .filter(|p| Some(p.province) == a.region)
        .map(|p| (p.id.to_string(), locale.pick(p.name, p.name_en).to_string()))
        .collect();
    let college = matches!(a.education, Some(Education::JuniorCollege | Education::Bachelor | Education::Postgraduate));
    let returning = college && matches!(a.status, Some(EduStatus::Enrolled | EduStatus::Admitted));
    let to_estimate = Callback::from(|_: MouseEvent| {
        browser::scroll_to("estimate");
        browser::focus("estimate");
    });
    let known: Vec<_> = est
        .lines
        .iter()
        .filter(|l| l.money.bounds().is_some_and(|(lo, hi)| lo > 0 || hi.is_some_and(|h| h > 0)))
        .collect();

    html! {
        <section class="page benefits" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ t.benefits_title() }</h1>
            <p class="lead">{ t.benefits_intro() }</p>
            <button type="button" class="link-button phone-only no-print" onclick={to_estimate} data-testid="to-estimate">{ t.to_estimate() }</button>
            { stale_notice(&ctx, a.round_or_default(ctx.today)) }
            <div class="check-layout">
                <form class="benefit-inputs no-print" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} aria-labelledby="inputs-title">
                    <h2 id="inputs-title">{ t.benefits_inputs() }</h2>
                    { select_field(SelectField {
                        id: "round", label: t.q_round(), hint: None,
                        options: round_options(&ctx),
                        selected: a.round_or_default(ctx.today).to_string(), on_change: set(|a, v| a.round = Round::parse(&v)),
                    }) }
                    { select_field(SelectField {
                        id: "region", label: t.q_region(), hint: None, options: region_options(&ctx), selected: a.region.unwrap_or("").to_string(),
                        on_change: set(|a, v| {
                            a.region = province(&v).map(|p| p.code);
                            a.place = None;
                        }),
                    }) }
                    if !local_places.is_empty() {
                        { select_field(SelectField {
                            id: "place", label: t.q_place(), hint: Some(t.hint_place()),
                            options: std::iter::once((String::new(), t.place_province().to_string())).chain(local_places).collect(),
                            selected: a.place.unwrap_or("").to_string(),
                            on_change: set(|a, v| a.place = place(&v).map(|p| p.id)),
                        }) }
                    }
                    { choice_field(ChoiceField {
                        name: "education".into(), legend: t.q_education(), selected: a.education.map(Education::key),
                        options: options(Education::ALL, Education::key, |e| w.education(e)),
                        on_change: set(|a, v| a.education = Education::from_key(&v)), ..ChoiceField::default()
                    }) }
                    { choice_field(ChoiceField {
                        name: "status".into(), legend: t.q_status(), selected: a.status.map(EduStatus::key),
                        options: options(EduStatus::ALL, EduStatus::key, |s| w.edu_status(s)),
                        on_change: set(|a, v| a.status = EduStatus::from_key(&v)), ..ChoiceField::default()
                    }) }
                    if a.status == Some(EduStatus::Graduated) {
                        { number_field("graduation-year", t.q_grad_year(), true, &a.graduation_year, Field::GraduationYear, |a, v| a.graduation_year = v) }
                    }
                    if college {
                        { number_field("tuition", t.q_tuition(), true, &a.tuition, Field::TuitionYuan, |a, v| a.tuition = v) }
                        { number_field("loan", t.q_loan(), true, &a.loan, Field::LoanYuan, |a, v| a.loan = v) }
                        { number_field("years-studied", t.q_years_studied(), false, &a.years_studied, Field::YearsStudied, |a, v| a.years_studied = v) }
                        if returning {
                            { number_field("years-remaining", t.q_years_remaining(), false, &a.years_remaining, Field::YearsRemaining, |a, v| a.years_remaining = v) }
                        }
                        { choice_field(ChoiceField {
                            name: "scheme".into(), legend: t.q_scheme(), selected: Some(a.scheme.unwrap_or(TuitionScheme::Normal).key()),
                            options: options(TuitionScheme::ALL, TuitionScheme::key, |s| w.scheme(s)),
                            on_change: set(|a, v| a.scheme = TuitionScheme::from_key(&v)), ..ChoiceField::default()
                        }) }
                    }
                    { choice_field(ChoiceField {
                        name: "posting".into(), legend: t.q_posting(), hint: Some(t.hint_posting()), selected: Some(a.posting.unwrap_or(Posting::Ordinary).key()),
                        options: options(Posting::ALL, Posting::key, |p| w.posting(p)),
                        on_change: set(|a, v| a.posting = Posting::from_key(&v)), ..ChoiceField::default()
                    }) }
                    { select_field(SelectField {
                        id: "honour", label: t.q_honour(), hint: None, selected: a.honour.unwrap_or(Honour::None).key().to_string(),
                        options: Honour::ALL.iter().map(|h| (h.key().to_string(), w.honour(*h).to_string())).collect(),
                        on_change: set(|a, v| a.honour = Honour::from_key(&v)),
                    }) }
                </form>
                <div class="results benefit-results">
                    // No single sum: the family's cash, the recruit's pay and study benefits go to
                    // different people at different times, so each has its own figures.
                    <div class="verdict total" id="estimate" tabindex="-1" role="status" aria-live="polite" data-testid="benefits-total">
                        <p class="verdict-round">{ t.total_title() }{" · "}{ w.round(est.round) }{" · "}{ place_name(&ctx, est.place) }</p>
                        <ul class="shares">
                            { for est.shares.iter().map(|s| {
                                let (name, what) = w.share(s.recipient);
                                html! {
                                    <li class="share" data-share={s.recipient.key()}>
                                        <h2 class="share-name">{ name }</h2>
                                        <p class="share-what">{ what }</p>
                                        <p data-testid="share-per-year">{ t.share_per_year() }{ locale.colon() }<strong>{ w.money(s.per_year) }</strong></p>
                                        <p data-testid="share-service">{ t.share_service(s.years) }{ locale.colon() }<strong>{ w.money(s.service) }</strong></p>
                                        if s.unknown > 0 { <p class="share-excludes">{ t.share_excludes(s.unknown) }</p> }
                                    </li>
                                }
                            }) }
                        </ul>
                        if est.provisional { <p class="provisional">{ t.provisional_banner() }</p> }
                    </div>
                    <section class="parent-summary" aria-labelledby="parent-title">
                        <h2 id="parent-title">{ t.parent_title() }</h2>
                        <p>{ t.parent_intro() }</p>
                        <ul>
                            { for known.iter().map(|l| html! {
                                <li>{ w.line(l.id) }{ locale.colon() }<strong>{ w.money(l.money) }</strong>
                                    { if l.basis == Basis::Official { String::new() } else { locale.aside(w.basis(l.basis)) } }</li>
                            }) }
                        </ul>
                        <p>{ t.parent_outro() }</p>
                    </section>
                    { benefit_lines(&ctx, &est) }
                    { payment_timeline(&ctx, &est) }
                    { non_cash_list(&ctx, &est) }
                </div>
            </div>
        </section>
    }
}

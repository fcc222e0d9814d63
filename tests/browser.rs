//! Browser unit tests: components mounted into a real DOM in headless Chromium
//! (wasm-bindgen-test; run by `cargo xtask test`, layer 2).
#![cfg(target_arch = "wasm32")]

use enlistment_app::app::{App, AppProps};
use enlistment_app::i18n::Locale;
use enlistment_app::route::Location;
use enlistment_rules::date::ymd;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A mounted app and its element. Unmounted when dropped: the tests share one document, and an
/// app left running would keep answering `hashchange` and rewriting the address (a regression:
/// the language-switch test failed now and then while the previous test's app was still live).
struct Mounted {
    root: web_sys::Element,
    app: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::Element;
    fn deref(&self) -> &web_sys::Element {
        &self.root
    }
}

/// Mounts the app into a fresh element at `hash`.
async fn mount(hash: &str) -> Mounted {
    let doc = document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    let props =
        AppProps { start: Location::parse(hash), today: ymd(2026, 11, 29), embed: None, restored: None, step: None };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    Mounted { root, app: Some(app) }
}

/// Lets Yew render and the browser deliver events.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

/// Waits until `selector`'s text is `expected` (a debug build renders a long page slowly), for at
/// most 5 s, and returns the text it last saw, so the assertion after it reports the difference.
async fn text_when(el: &web_sys::Element, selector: &str, expected: &str) -> String {
    for _ in 0..100 {
        if text(el, selector) == expected {
            break;
        }
        settle().await;
    }
    text(el, selector)
}

fn text(el: &web_sys::Element, selector: &str) -> String {
    el.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_app_mounts_in_chinese_by_default() {
    let root = mount("#/check").await;
    assert_eq!(text(&root, "h1"), "条件自测");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("zh-CN"));
}

#[wasm_bindgen_test]
async fn clicking_the_language_switch_changes_the_language_and_the_url() {
    english();
    let root = mount("#/process").await;
    let switch: web_sys::HtmlElement =
        root.query_selector("[data-testid=lang-switch]").unwrap().unwrap().dyn_into().unwrap();
    switch.click();
    settle().await;
    let expected = "How to apply: steps, dates and official channels";
    assert_eq!(text_when(&root, "h1", expected).await, expected);
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    assert!(web_sys::window().unwrap().location().hash().unwrap().contains("lang=en"));
    assert_eq!(web_sys::window().unwrap().local_storage().unwrap().unwrap().length().unwrap(), 0);
}

#[wasm_bindgen_test]
async fn navigating_by_hash_changes_the_page() {
    english();
    let root = mount("#/check?lang=en").await;
    web_sys::window().unwrap().location().set_hash("#/about?lang=en").unwrap();
    settle().await;
    assert_eq!(text_when(&root, "h1", "About and privacy").await, "About and privacy");
}

/// English as if its file had been fetched: the test harness serves no dist/i18n/, so the page
/// would stay in Chinese (the reference) waiting for it. The same text the build writes there.
fn english() {
    let text = include_str!(concat!(env!("OUT_DIR"), "/catalog-en.txt"));
    assert!(Locale::from_code("en").unwrap().install(text.to_string()), "the English catalog fits this build");
}

/// Waits until `f` holds (at most 5 s).
async fn until(f: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if f() {
            return true;
        }
        settle().await;
    }
    f()
}

#[wasm_bindgen_test]
async fn typing_a_height_below_the_minimum_turns_the_live_verdict_to_not_eligible() {
    // Answers that are otherwise eligible, from the address, as a reload would bring them.
    let a = enlistment_app::state::answers::Answers {
        sex: Some(enlistment_rules::round::Sex::Male),
        birth: "2006".into(),
        education: Some(enlistment_rules::applicant::Education::HighSchool),
        status: Some(enlistment_rules::applicant::EduStatus::Graduated),
        height: "172".into(),
        weight: "63".into(),
        vision_left: "4.9".into(),
        vision_right: "4.9".into(),
        ..Default::default()
    };
    let payload = enlistment_app::state::codec::encode(&a, enlistment_app::state::codec::Scope::All, None);
    let root = mount(&format!("#/check?a={payload}")).await;
    let live =
        || root.query_selector("[data-testid=live-verdict]").unwrap().and_then(|e| e.get_attribute("data-verdict"));
    assert!(until(|| live().as_deref() == Some("likely_eligible")).await, "{:?}", live());
    // Go to the height step and type 159.9 as a person would: an input event on the field.
    let step: web_sys::HtmlElement =
        root.query_selector_all(".step-progress button").unwrap().item(2).unwrap().dyn_into().unwrap();
    step.click();
    assert!(until(|| root.query_selector("#height").unwrap().is_some()).await);
    let input: web_sys::HtmlInputElement = root.query_selector("#height").unwrap().unwrap().dyn_into().unwrap();
    input.set_value("159.9");
    input
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
    assert!(until(|| live().as_deref() == Some("not_eligible")).await, "{:?}", live());
    // And back over the line.
    input.set_value("160");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    assert!(until(|| live().as_deref() == Some("likely_eligible")).await, "{:?}", live());
}

#[wasm_bindgen_test]
fn embed_mode_is_read_from_the_page_and_the_accent_set_through_the_cssom() {
    let html: web_sys::HtmlElement = document().document_element().unwrap().dyn_into().unwrap();
    assert!(!enlistment_app::browser::is_embed());
    html.class_list().add_1("embed").unwrap();
    assert!(enlistment_app::browser::is_embed());
    enlistment_app::browser::set_accent("#005a9c");
    assert_eq!(html.style().get_property_value("--accent").unwrap(), "#005a9c");
    html.class_list().remove_1("embed").unwrap();
    html.style().remove_property("--accent").unwrap();
}

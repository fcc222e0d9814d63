//! Browser unit tests: components mounted into a real DOM in headless Chromium
//! (wasm-bindgen-test; run by `cargo xtask test`, layer 2).
#![cfg(target_arch = "wasm32")]

use enlistment_app::app::{App, AppProps};
use enlistment_app::route::Location;
use enlistment_rules::date::ymd;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app into a fresh element at `hash` and returns that element.
async fn mount(hash: &str) -> web_sys::Element {
    let doc = document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    let props = AppProps { start: Location::parse(hash), today: ymd(2026, 11, 29) };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
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
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_the_language_switch_changes_the_language_and_the_url() {
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
    root.remove();
}

#[wasm_bindgen_test]
async fn navigating_by_hash_changes_the_page() {
    let root = mount("#/check?lang=en").await;
    web_sys::window().unwrap().location().set_hash("#/about?lang=en").unwrap();
    settle().await;
    assert_eq!(text_when(&root, "h1", "About and privacy").await, "About and privacy");
    root.remove();
}

//! Every call into the browser lives here, and is only made from effects and callbacks, never
//! while rendering: that keeps components renderable natively (Yew's SSR) in `cargo test`.
//! Nothing here sends anything over the network.

use crate::i18n::Locale;
use enlistment_rules::date::{self, Date};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The current fragment, including `#` (empty when none).
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The query string of the page address (embed parameters); empty when none.
pub fn search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Is this page `embed.html`? (It carries `<html class="embed">`.)
pub fn is_embed() -> bool {
    document().and_then(|d| d.document_element()).is_some_and(|h| h.class_list().contains("embed"))
}

/// A warning on the console, for the developers of a portal that embeds the tool.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// The portal's accent colour (already validated). Set through the CSSOM, which the policy
/// allows, not a `style` attribute, which it forbids.
pub fn set_accent(colour: &str) {
    if let Some(html) =
        document().and_then(|d| d.document_element()).and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = html.style().set_property("--accent", colour);
    }
}

/// Rewrites the fragment without adding a history entry and without a `hashchange` event.
/// This tab's own state, kept by the browser with the current history entry (`history.state`):
/// the whole answers (health and political ones included) and the self-check's step. It survives a
/// reload, is never part of the address (so never copied, shared or synced with the history), and
/// is gone with the tab.
fn tab_state() -> Option<js_sys::Object> {
    window()?.history().ok()?.state().ok()?.dyn_into::<js_sys::Object>().ok()
}

fn state_field(state: Option<&js_sys::Object>, key: &str) -> wasm_bindgen::JsValue {
    state.and_then(|s| js_sys::Reflect::get(s, &key.into()).ok()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}

/// The answers payload and the step kept in this tab's state, if any.
pub fn tab_answers_and_step() -> (Option<String>, Option<usize>) {
    let state = tab_state();
    let answers = state_field(state.as_ref(), "answers").as_string();
    let step = state_field(state.as_ref(), "step").as_f64().map(|s| s as usize);
    (answers, step)
}

fn write_state(answers: &wasm_bindgen::JsValue, step: &wasm_bindgen::JsValue, hash: Option<&str>) {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &"answers".into(), answers);
    let _ = js_sys::Reflect::set(&state, &"step".into(), step);
    if let Some(w) = window()
        && let Ok(h) = w.history()
    {
        let _ = h.replace_state_with_url(&state, "", hash);
    }
}

/// Sets the address (its fragment: page, language, non-sensitive answers) and this tab's state
/// (the whole answers), keeping the step.
pub fn replace_address(hash: &str, answers: Option<&str>) {
    let step = state_field(tab_state().as_ref(), "step");
    let answers = answers.map_or(wasm_bindgen::JsValue::UNDEFINED, wasm_bindgen::JsValue::from_str);
    write_state(&answers, &step, Some(hash));
}

/// Keeps the self-check's step in this tab's state, so a reload opens the same step.
pub fn keep_step(step: usize) {
    let answers = state_field(tab_state().as_ref(), "answers");
    write_state(&answers, &wasm_bindgen::JsValue::from_f64(step as f64), None);
}

/// Calls `f` with the new fragment whenever it changes; stops when the listener is dropped.
pub fn on_hashchange(f: impl Fn(String) + 'static) -> Option<EventListener> {
    let w = window()?;
    Some(EventListener::new(&w, "hashchange", move |_| f(hash())))
}

/// The browser's local date: the engine never reads a clock, the app passes this in.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    date::checked(d.get_full_year() as i32, d.get_month() as u8 + 1, d.get_date() as u8)
        .unwrap_or_else(|| date::ymd(2026, 1, 1))
}

/// Keeps `<html lang>`, `dir` and the title in step with the language shown.
pub fn set_language(locale: Locale) {
    if let Some(doc) = document() {
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", locale.html_lang());
            let _ = html.set_attribute("dir", locale.dir());
        }
        doc.set_title(locale.t().app_name());
    }
}

/// Fetches a language's file from the app's own origin (a relative address, nothing typed in it),
/// checked by the browser against its integrity value; the service worker answers it offline.
pub async fn fetch_language(file: &str, integrity: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let init = web_sys::RequestInit::new();
    init.set_integrity(integrity);
    let response = JsFuture::from(window()?.fetch_with_str_and_init(file, &init)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Removes the static first view of `index.html` once the app has mounted.
pub fn remove_boot_view() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}

/// Moves keyboard focus to an element (e.g. a step heading after "Next").
pub fn focus(id: &str) {
    if let Some(el) =
        document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

const STORAGE_KEY: &str = "enlistment-answers";

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// The answers saved with "remember on this device", if any. Nothing is read or written unless
/// the user ticked that box.
pub fn remembered() -> Option<String> {
    local_storage()?.get_item(STORAGE_KEY).ok().flatten()
}

pub fn remember(payload: &str) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(STORAGE_KEY, payload);
    }
}

pub fn forget() {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

/// The page address without the fragment (for share links).
pub fn base_url() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Copies text to the clipboard (no network; the browser may refuse outside a secure context).
pub fn copy(text: &str) {
    if let Some(w) = window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Offers text as a file download, made in the page as a `data:` address: nothing is fetched or
/// sent, and there is no object URL to revoke afterwards.
pub fn download(file_name: &str, mime: &str, content: &str) {
    let Some(doc) = document() else { return };
    let href = format!("data:{mime};charset=utf-8,{}", String::from(js_sys::encode_uri_component(content)));
    if let Ok(a) = doc.create_element("a") {
        let _ = a.set_attribute("href", &href);
        let _ = a.set_attribute("download", file_name);
        if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
            a.click();
        }
    }
}

/// Scrolls an element into view (used by "see the result").
pub fn scroll_to(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view();
    }
}

/// Shown by the panic hook: a plain message in both languages instead of a blank page. Written
/// with `textContent`, so nothing in it is parsed as HTML.
pub fn show_fatal_error() {
    let Some(doc) = document() else { return };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("fatal").is_some() {
        return;
    }
    let Ok(div) = doc.create_element("div") else {
        return;
    };
    div.set_id("fatal");
    let _ = div.set_attribute("role", "alert");
    // The page carries the message in every language (filled from the catalogs at build time), so
    // a reader whose language file has not arrived still understands it.
    let text = doc.get_element_by_id("fatal-text").and_then(|e| e.text_content()).unwrap_or_default();
    div.set_text_content(Some(&text));
    let _ = body.prepend_with_node_1(&div);
    // If the panic came before the app mounted, "Loading…" would otherwise stay forever.
    if let Ok(Some(loading)) = doc.query_selector(".boot-loading") {
        loading.remove();
    }
}

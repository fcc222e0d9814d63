//! A labelled text input with its hint, unit and error message next to it. The value is whatever
//! the user typed; the error is computed by the page from the engine's validators.
//!
//! Stateless views like this one are plain functions, not `#[component]`s: every component type
//! instantiates Yew's lifecycle code again (about 0.75 KB gzip each, measured), and these have no
//! state to keep.

use yew::prelude::*;

#[derive(Default)]
pub struct TextField {
    pub id: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub unit: Option<&'static str>,
    pub value: String,
    /// `decimal` (the default), `numeric` or `text`: which keyboard a phone shows.
    pub inputmode: Option<&'static str>,
    pub optional: Option<&'static str>,
    pub error: Option<String>,
    /// Shown under the field when there is no error (e.g. "0.6 is 4.8 on the 5-point scale").
    pub note: Option<String>,
    /// Shown under the field, e.g. a question about the unit with a one-tap fix.
    pub after: Html,
    pub on_input: Callback<String>,
    /// The field was left: its error may now be shown.
    pub on_blur: Callback<()>,
}

pub fn text_field(p: TextField) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let error_id = format!("{}-error", p.id);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if p.error.is_some() {
        described.push(error_id.clone());
    }
    let on_input = p.on_input.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    let on_blur = p.on_blur.reform(|_: FocusEvent| ());
    html! {
        <div class={classes!("field", p.error.is_some().then_some("has-error"))}>
            <label for={p.id}>
                { p.label }
                if let Some(o) = p.optional { <span class="optional">{" ("}{ o }{")"}</span> }
            </label>
            if let Some(h) = p.hint { <p class="hint" id={hint_id}>{ h }</p> }
            <p class="field-error" id={error_id} aria-live="polite">{ p.error.clone().unwrap_or_default() }</p>
            <div class="input-row">
                <input id={p.id} name={p.id} type="text" inputmode={p.inputmode.unwrap_or("decimal")}
                    autocomplete="off" spellcheck="false" value={p.value}
                    aria-invalid={p.error.is_some().then_some("true")}
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                    oninput={on_input} onblur={on_blur} />
                if let Some(u) = p.unit { <span class="unit" aria-hidden="true">{ u }</span> }
            </div>
            if let (None, Some(n)) = (&p.error, p.note) { <p class="field-note">{ n }</p> }
            { p.after }
        </div>
    }
}

//! A labelled `<select>`: for longer lists (rounds, provinces).

use yew::prelude::*;

#[derive(Default)]
pub struct SelectField {
    pub id: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    /// (value, label) pairs; an empty value means "not chosen".
    pub options: Vec<(String, String)>,
    pub selected: String,
    pub on_change: Callback<String>,
}

pub fn select_field(p: SelectField) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let on_change = p.on_change.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
    html! {
        <div class="field">
            <label for={p.id}>{ p.label }</label>
            if let Some(h) = p.hint { <p class="hint" id={hint_id.clone()}>{ h }</p> }
            <select id={p.id} name={p.id} onchange={on_change} aria-describedby={p.hint.map(|_| hint_id)}>
                { for p.options.into_iter().map(|(v, l)| {
                    let selected = v == p.selected;
                    html! { <option value={v} {selected}>{ l }</option> }
                }) }
            </select>
        </div>
    }
}

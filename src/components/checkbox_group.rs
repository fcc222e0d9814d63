//! A group of checkboxes in a fieldset: for answers where several values apply.

use yew::prelude::*;

#[derive(Default)]
pub struct CheckboxGroup {
    pub name: &'static str,
    pub legend: &'static str,
    pub hint: Option<&'static str>,
    pub options: Vec<(&'static str, String)>,
    pub selected: Vec<&'static str>,
    /// Called with the value whose box was ticked or unticked.
    pub on_toggle: Callback<String>,
}

pub fn checkbox_group(p: CheckboxGroup) -> Html {
    let hint_id = format!("{}-hint", p.name);
    html! {
        <fieldset class="field choices" aria-describedby={p.hint.map(|_| hint_id.clone())}>
            <legend>{ p.legend }</legend>
            if let Some(h) = p.hint { <p class="hint" id={hint_id}>{ h }</p> }
            { for p.options.iter().map(|(value, label)| {
                let value = *value;
                let id = format!("{}-{}", p.name, value);
                let on_change = p.on_toggle.reform(move |_: Event| value.to_string());
                html! {
                    <div class="choice">
                        <input type="checkbox" id={id.clone()} name={p.name} {value} checked={p.selected.contains(&value)} onchange={on_change} />
                        <label for={id}>{ label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

//! A group of radio buttons in a fieldset with a legend: for answers with a few fixed values.

use yew::prelude::*;

#[derive(Default)]
pub struct ChoiceField {
    pub name: String,
    pub legend: &'static str,
    pub hint: Option<&'static str>,
    pub optional: Option<&'static str>,
    /// (value, label) pairs; a label may be made for the moment ("2027年毕业（应届）").
    pub options: Vec<(&'static str, String)>,
    pub selected: Option<&'static str>,
    pub on_change: Callback<String>,
    /// Lay the options out side by side (for yes/no).
    pub inline: bool,
}

pub fn choice_field(p: ChoiceField) -> Html {
    let hint_id = format!("{}-hint", p.name);
    html! {
        <fieldset class={classes!("field", "choices", p.inline.then_some("inline"))}
            aria-describedby={p.hint.map(|_| hint_id.clone())}>
            <legend>
                { p.legend }
                if let Some(o) = p.optional { <span class="optional">{" ("}{ o }{")"}</span> }
            </legend>
            if let Some(h) = p.hint { <p class="hint" id={hint_id}>{ h }</p> }
            { for p.options.iter().map(|(value, label)| {
                let value = *value;
                let id = format!("{}-{}", p.name, value);
                let on_change = p.on_change.reform(move |_: Event| value.to_string());
                html! {
                    <div class="choice">
                        <input type="radio" id={id.clone()} name={p.name.clone()} {value} checked={p.selected == Some(value)} onchange={on_change} />
                        <label for={id}>{ label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

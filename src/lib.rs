//! 征兵自测 · Enlistment Self-Check: the Yew app. A library so that native tests can render its
//! components with Yew's SSR renderer; `main.rs` only mounts it in the browser.
//!
//! The app never decides anything itself: it collects answers, calls the rules engine
//! (`enlistment-rules`) and renders the engine's report.

pub mod app;
pub mod browser;
pub mod components;
pub mod ctx;
pub mod embed;
pub mod i18n;
pub mod pages;
pub mod route;
pub mod state;

use app::{App, AppProps};
use route::Location;

/// Mounts the app into `#app`, reading the address and the browser's date once.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        browser::show_fatal_error();
    }));
    let mut start = Location::parse(&browser::hash());
    let embed = browser::is_embed().then(|| {
        let (e, warnings) = embed::parse(&browser::search());
        for w in &warnings {
            browser::warn(w);
        }
        if let Some(c) = &e.accent {
            browser::set_accent(c);
        }
        // The fragment (the user's own choice, or a link) wins over the portal's parameters.
        let hash = browser::hash();
        if !hash.contains("lang=")
            && let Some(l) = e.locale
        {
            start.locale = l;
        }
        if hash.trim_start_matches('#').trim_start_matches('/').is_empty() {
            start.page = e.sections[0];
        }
        std::rc::Rc::new(e)
    });
    let (restored, step) = browser::tab_answers_and_step();
    let props = AppProps { start, today: browser::today(), embed, restored, step };
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .expect("index.html has <div id=\"app\">");
    // The static first view goes in the same task as the first render, so the app appears where
    // it was instead of below it and then jumping up (a layout shift).
    browser::remove_boot_view();
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Bytes of wasm linear memory, read by `cargo xtask bench` after a full flow.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}

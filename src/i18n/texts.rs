//! The shape of a locale's strings. Every field must be filled in every locale (the compiler
//! checks), so adding a string means adding it to `zh.rs` and `en.rs`.

pub struct Texts {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_main: &'static str,
    pub nav_label: &'static str,
    pub nav_check: &'static str,
    pub nav_benefits: &'static str,
    pub nav_process: &'static str,
    pub nav_sources: &'static str,
    pub nav_about: &'static str,
    /// The label of the link to the other language, written in that language.
    pub switch_language: &'static str,
    pub switch_language_hint: &'static str,
    pub footer_notice: &'static str,
    pub footer_official: &'static str,
    pub official_site_name: &'static str,
    pub opens_new_tab: &'static str,
    pub error_title: &'static str,
    pub error_body: &'static str,
    pub check_title: &'static str,
    pub check_intro: &'static str,
    pub benefits_title: &'static str,
    pub benefits_intro: &'static str,
    pub process_title: &'static str,
    pub process_intro: &'static str,
    pub sources_title: &'static str,
    pub sources_intro: &'static str,
    pub sources_published: &'static str,
    pub sources_effective: &'static str,
    pub sources_grade: &'static str,
    pub sources_open: &'static str,
    pub about_title: &'static str,
    /// Sections of the about/privacy page: a heading and its paragraphs.
    pub about_body: &'static [(&'static str, &'static [&'static str])],
}

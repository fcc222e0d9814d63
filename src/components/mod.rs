//! Components, one per file. Pages compose them.

pub mod benefit_lines;
pub mod checkbox_group;
pub mod choice_field;
pub mod citations;
pub mod criteria_list;
pub mod criterion;
pub mod error_summary;
pub mod external_link;
pub mod flash_banner;
pub mod footer;
pub mod header;
pub mod keep_panel;
pub mod next_steps;
pub mod non_cash_list;
pub mod note_list;
pub mod payment_timeline;
pub mod post_list;
pub mod select_field;
pub mod step_progress;
pub mod steps;
pub mod text_field;
pub mod verdict_banner;
pub mod what_if;

//! One file a page.

pub mod about;
pub mod benefits;
pub mod check;
pub mod process;
pub mod sources;

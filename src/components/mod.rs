//! Components, one per file. Pages compose them.

pub mod external_link;
pub mod footer;
pub mod header;

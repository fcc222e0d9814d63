//! Provinces and the cities/counties with a local standard, looked up by code or id: the one
//! place every front door (engine, app, JS module) finds them.

use crate::data::{self, Place, Province};

/// A province by code.
pub fn province(code: &str) -> Option<&'static Province> {
    data::PROVINCES.iter().find(|p| p.code == code)
}

/// A city or county by id.
pub fn place(id: &str) -> Option<&'static Place> {
    data::PLACES.iter().find(|p| p.id == id)
}

/// The province code of a place id or province code.
pub fn province_of(id: &str) -> Option<&'static str> {
    province(id).map(|p| p.code).or_else(|| place(id).map(|p| p.province))
}

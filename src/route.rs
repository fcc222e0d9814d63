//! The app's address lives entirely in the URL fragment (`#/benefits?lang=en&a=…`), which browsers
//! never send to a server: the page, the language, and the user's answers. A small hash router of
//! our own instead of yew-router: it costs a few hundred bytes, not ~40 KB, and works on any static
//! host and inside iframes without rewrite rules.

use crate::i18n::Locale;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    Check,
    Benefits,
    Process,
    Sources,
    About,
}

impl Page {
    pub const ALL: [Page; 5] = [Page::Check, Page::Benefits, Page::Process, Page::Sources, Page::About];

    pub fn path(self) -> &'static str {
        match self {
            Page::Check => "check",
            Page::Benefits => "benefits",
            Page::Process => "process",
            Page::Sources => "sources",
            Page::About => "about",
        }
    }
}

/// Everything the fragment says.
#[derive(Clone, PartialEq, Debug)]
pub struct Location {
    pub page: Page,
    /// A place within the page, e.g. a source id on the sources page (`#/sources/military-service-law`).
    pub anchor: Option<String>,
    pub locale: Locale,
    /// The answers, encoded (see `state::codec`).
    pub answers: Option<String>,
    /// A shared link's payload, imported once and then dropped from the address.
    pub shared: Option<String>,
}

impl Default for Location {
    fn default() -> Location {
        Location { page: Page::Check, anchor: None, locale: Locale::Zh, answers: None, shared: None }
    }
}

/// Longest fragment we read. Anything longer is hostile or broken and opens a clean page.
pub const MAX_FRAGMENT: usize = 8 * 1024;

fn valid_anchor(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn valid_payload(s: &str) -> bool {
    s.len() <= MAX_FRAGMENT && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

impl Location {
    /// Reads a fragment (with or without the leading `#`). Unknown pages fall back to the
    /// self-check; unknown or malformed parameters are ignored; a payload that is too long or has
    /// characters the encoder never writes is kept as `Some("")` so the page can say it was refused.
    pub fn parse(hash: &str) -> Location {
        let mut loc = Location::default();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash.len() > MAX_FRAGMENT * 2 {
            loc.answers = Some(String::new());
            return loc;
        }
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut parts = path.trim_start_matches('/').split('/');
        if let Some(p) = parts.next() {
            loc.page = Page::ALL.into_iter().find(|x| x.path() == p).unwrap_or(Page::Check);
        }
        loc.anchor = parts.next().filter(|a| valid_anchor(a)).map(str::to_string);
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                "lang" => loc.locale = Locale::from_code(v).unwrap_or(Locale::Zh),
                "a" => loc.answers = Some(if valid_payload(v) { v.to_string() } else { String::new() }),
                "s" => loc.shared = Some(if valid_payload(v) { v.to_string() } else { String::new() }),
                _ => {}
            }
        }
        loc
    }

    /// The fragment for this location, starting with `#`.
    pub fn to_hash(&self) -> String {
        let mut out = format!("#/{}", self.page.path());
        if let Some(a) = &self.anchor {
            out.push('/');
            out.push_str(a);
        }
        let mut params = Vec::new();
        if self.locale != Locale::Zh {
            params.push(format!("lang={}", self.locale.code()));
        }
        if let Some(a) = self.answers.as_ref().filter(|a| !a.is_empty()) {
            params.push(format!("a={a}"));
        }
        if let Some(s) = self.shared.as_ref().filter(|s| !s.is_empty()) {
            params.push(format!("s={s}"));
        }
        if !params.is_empty() {
            out.push('?');
            out.push_str(&params.join("&"));
        }
        out
    }

    /// A link to another page in the same language, without answers (the app keeps them in memory
    /// and writes them back into the address after navigating).
    pub fn link(&self, page: Page, anchor: Option<&str>) -> String {
        Location { page, anchor: anchor.map(str::to_string), locale: self.locale, answers: None, shared: None }
            .to_hash()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let l = Location {
            page: Page::Sources,
            anchor: Some("military-service-law".into()),
            locale: Locale::En,
            answers: Some("v1.abc_-".into()),
            shared: None,
        };
        assert_eq!(l.to_hash(), "#/sources/military-service-law?lang=en&a=v1.abc_-");
        assert_eq!(Location::parse(&l.to_hash()), l);
        assert_eq!(Location::parse("").page, Page::Check);
        assert_eq!(Location::parse("#/nowhere?lang=xx").locale, Locale::Zh);
        assert_eq!(Location::default().to_hash(), "#/check");
    }

    #[test]
    fn refuses_hostile_payloads() {
        assert_eq!(Location::parse("#/check?a=<img src=x>").answers, Some(String::new()));
        assert_eq!(
            Location::parse(&format!("#/check?a={}", "A".repeat(MAX_FRAGMENT + 1))).answers,
            Some(String::new())
        );
        assert_eq!(Location::parse(&"x".repeat(1 << 20)).answers, Some(String::new()));
        assert_eq!(Location::parse("#/sources/<script>").anchor, None);
    }
}

//! An iCalendar file (RFC 5545) of the deadlines, built in the browser so "add to my calendar"
//! needs no server. All-day events with a reminder three days before; lines end in CRLF and are
//! folded at 75 octets without splitting a UTF-8 character.

use enlistment_rules::date::Date;

pub struct Entry {
    /// Stable across downloads, so importing the file again updates instead of duplicating.
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
}

fn day(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Escapes TEXT values: backslash, semicolon, comma and newlines.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded: continuation lines start with a space.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The calendar. `stamp` is the day the file was made (the browser's date).
pub fn calendar(name: &str, entries: &[Entry], stamp: Date) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//enlistment-self-check//zh-CN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        line(&mut out, l);
    }
    line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    for e in entries {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", e.uid));
        line(&mut out, &format!("DTSTAMP:{}T000000Z", day(stamp)));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", day(e.date)));
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", day(e.date.next_day().unwrap_or(e.date))));
        line(&mut out, &format!("SUMMARY:{}", text(&e.summary)));
        line(&mut out, &format!("DESCRIPTION:{}", text(&e.description)));
        line(&mut out, "TRANSP:TRANSPARENT");
        // A reminder 3 days before, unless that day has already passed (a past alarm would fire
        // at once on import, or not at all).
        if enlistment_rules::date::days_between(stamp, e.date) > 3 {
            line(&mut out, "BEGIN:VALARM");
            line(&mut out, "ACTION:DISPLAY");
            line(&mut out, "TRIGGER:-P3D");
            line(&mut out, &format!("DESCRIPTION:{}", text(&e.summary)));
            line(&mut out, "END:VALARM");
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use enlistment_rules::date::ymd;

    fn entry(summary: &str) -> Entry {
        Entry { uid: "x@y".into(), date: ymd(2027, 2, 10), summary: summary.into(), description: "a, b; c\nd".into() }
    }

    #[test]
    fn events_are_all_day_with_escaped_text() {
        let c = calendar("征兵", &[entry("报名截止")], ymd(2026, 12, 1));
        assert!(c.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(c.ends_with("END:VCALENDAR\r\n"));
        assert!(c.contains("DTSTART;VALUE=DATE:20270210\r\nDTEND;VALUE=DATE:20270211\r\n"));
        assert!(c.contains("DTSTAMP:20261201T000000Z\r\n"));
        assert!(c.contains("DESCRIPTION:a\\, b\\; c\\nd\r\n"));
        assert!(!c.replace("\r\n", "").contains('\n'), "no bare newlines");
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_character_boundaries() {
        let c = calendar("n", &[entry(&"征".repeat(60))], ymd(2026, 12, 1));
        for l in c.split("\r\n") {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        // Unfolding gives back the summary whole.
        let unfolded = c.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", "征".repeat(60))));
    }

    #[test]
    fn a_reminder_only_when_its_day_is_still_ahead() {
        // 2027-02-10: the reminder is on 02-07. Made on 02-06 it is ahead; on 02-07 or later it is not.
        let alarms = |stamp| calendar("n", &[entry("e")], stamp).matches("BEGIN:VALARM").count();
        assert_eq!(alarms(ymd(2026, 12, 1)), 1);
        assert_eq!(alarms(ymd(2027, 2, 6)), 1);
        assert_eq!(alarms(ymd(2027, 2, 7)), 0);
        assert_eq!(alarms(ymd(2027, 2, 10)), 0);
    }
}

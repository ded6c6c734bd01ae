//! A meeting's life: in voorbereiding → verstuurd → gehouden, the moment the annotation must be sent,
//! the order of the meetings list (the next meeting first) and what needs attention before it.

use super::{not_found, now, Store};
use crate::dates::{days_from_civil, parse_date, weekday_from_word, weekday_of, Date};
use crate::domain::{MeetingId, MeetingStatus, MeetingSummary};
use crate::error::{Error, MeetingRefusal, Result};

/// The most a send-by moment holds: it is a moment ("woensdagochtend 10:00"), not a note.
const MAX_SEND_BY_CHARS: usize = 100;
use crate::text::clean_line;
use rusqlite::params;
use serde::Serialize;

/// Something to do before a meeting can go out, for the marks in the meetings list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Attention {
    /// Items with neither an advice stance nor advice text.
    ItemsWithoutAdvice { count: usize },
    /// Papers that are not there: a linked file that is missing, or an item marked "bijlage" with none linked.
    PapersMissing { count: usize },
    /// The send-by moment is today or tomorrow, or has passed while the meeting is still in preparation.
    SendBy { send_by: String, due: String, passed: bool },
}

/// How many days ahead a send-by moment counts as near.
const SEND_BY_NEAR_DAYS: i64 = 1;

/// The day a send-by moment falls on: a date ("22 maart", "22-03-2022 12:00") or a weekday word
/// ("woensdagochtend", "wo 12:00"), which is the last such day before the meeting. `None` for free text.
pub fn send_by_day(send_by: &str, meeting_date: Date) -> Option<Date> {
    let words: Vec<&str> = send_by.split_whitespace().filter(|w| !is_time_word(w)).collect();
    if words.is_empty() {
        return None;
    }
    if let [word] = words.as_slice() {
        if let Some(wd) = weekday_from_word(word) {
            let meeting_days = days_from_civil(meeting_date);
            let back = (weekday_of(meeting_date) + 7 - wd - 1) % 7 + 1;
            return Some(Date::from_days(meeting_days - back as i64));
        }
    }
    // A day without a year is the last such day on or before the meeting.
    let a_year_before = Date::from_days(days_from_civil(meeting_date) - 365);
    parse_date(&words.join(" "), Some(a_year_before)).ok()
}

/// "12:00", "12.00", "uur", "om", "'s", "ochtends": words of a time of day, which do not change the day.
fn is_time_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    let digits_and = |sep: char| {
        lower.split_once(sep).is_some_and(|(h, m)| {
            !h.is_empty() && h.len() <= 2 && m.len() == 2 && (h.to_owned() + m).bytes().all(|b| b.is_ascii_digit())
        })
    };
    digits_and(':')
        || (digits_and('.') && lower.len() <= 5)
        || matches!(
            lower.as_str(),
            "uur" | "om" | "'s" | "ochtends" | "middags" | "avonds" | "at" | "ochtend" | "middag" | "avond" | "morning"
        )
}

/// The meetings list's order: the next meeting first and the later ones after it, then the past ones,
/// newest first. Within a day, by body name.
pub fn upcoming_first(list: &mut [MeetingSummary], today: Date) {
    let today = today.iso();
    list.sort_by(|a, b| {
        let (a_past, b_past) = (a.date < today, b.date < today);
        a_past.cmp(&b_past).then_with(|| {
            let by_date = if a_past { b.date.cmp(&a.date) } else { a.date.cmp(&b.date) };
            by_date.then_with(|| a.body.to_lowercase().cmp(&b.body.to_lowercase())).then(a.id.0.cmp(&b.id.0))
        })
    });
}

impl Store {
    /// The meetings, the next one first (see `upcoming_first`).
    pub fn meetings_upcoming_first(&self, today: Date) -> Result<Vec<MeetingSummary>> {
        let mut list = self.meetings()?;
        upcoming_first(&mut list, today);
        Ok(list)
    }

    pub fn send_by(&self, id: MeetingId) -> Result<String> {
        self.conn()
            .query_row("SELECT send_by FROM meetings WHERE id = ?1", [id.0], |r| r.get(0))
            .map_err(not_found("meeting", id.0))
    }

    /// Sets when the annotation must be sent; any text, empty for none.
    pub fn set_send_by(&mut self, id: MeetingId, send_by: &str) -> Result<()> {
        let text = clean_line(send_by);
        if text.chars().count() > MAX_SEND_BY_CHARS {
            return Err(MeetingRefusal::SendByTooLong { max: MAX_SEND_BY_CHARS }.into());
        }
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE meetings SET send_by = ?2, revision = revision + 1, updated_at = ?3 WHERE id = ?1",
                params![id.0, text, now()],
            )?;
            if n == 0 {
                return Err(Error::NotFound { what: "meeting", id: id.0 });
            }
            Ok(())
        })
    }

    /// What needs doing before this meeting; nothing once it is sent or held.
    pub fn attention(&self, id: MeetingId, today: Date) -> Result<Vec<Attention>> {
        let m = self.meeting(id)?;
        if m.status != MeetingStatus::Preparing {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        let without_advice: i64 = self.conn().query_row(
            "SELECT count(*) FROM items WHERE meeting_id = ?1 AND advice_stance IS NULL AND trim(advice_text) = ''",
            [id.0],
            |r| r.get(0),
        )?;
        if without_advice > 0 {
            out.push(Attention::ItemsWithoutAdvice { count: without_advice as usize });
        }
        let unlinked: i64 = self.conn().query_row(
            "SELECT count(*) FROM items i WHERE i.meeting_id = ?1 AND i.has_attachment = 1
               AND NOT EXISTS (SELECT 1 FROM item_documents l WHERE l.item_id = i.id)",
            [id.0],
            |r| r.get(0),
        )?;
        let paths: Vec<String> = {
            let mut stmt = self.conn().prepare(
                "SELECT d.path FROM documents d JOIN item_documents l ON l.document_id = d.id
                 JOIN items i ON i.id = l.item_id WHERE i.meeting_id = ?1",
            )?;
            let rows = stmt.query_map([id.0], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let missing = paths.iter().filter(|p| !std::path::Path::new(p).exists()).count();
        if unlinked as usize + missing > 0 {
            out.push(Attention::PapersMissing { count: unlinked as usize + missing });
        }
        let send_by = self.send_by(id)?;
        if let (Some(meeting_date), false) = (Date::parse_iso(&m.date), send_by.is_empty()) {
            if let Some(due) = send_by_day(&send_by, meeting_date) {
                let days_left = days_between(today, due);
                if days_left <= SEND_BY_NEAR_DAYS {
                    out.push(Attention::SendBy { send_by, due: due.iso(), passed: days_left < 0 });
                }
            }
        }
        Ok(out)
    }
}

fn days_between(from: Date, to: Date) -> i64 {
    days_from_civil(to) - days_from_civil(from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ItemDraft, MeetingDraft};
    use crate::store::Placement;

    fn d(iso: &str) -> Date {
        Date::parse_iso(iso).unwrap()
    }

    #[test]
    fn send_by_words_fall_on_a_day_before_the_meeting() {
        let thursday = d("2022-03-24");
        let day = |t: &str| send_by_day(t, thursday).map(Date::iso);
        assert_eq!(day("woensdagochtend").as_deref(), Some("2022-03-23"));
        assert_eq!(day("wo 12:00").as_deref(), Some("2022-03-23"));
        assert_eq!(day("donderdag").as_deref(), Some("2022-03-17"), "a week before, not the day itself");
        assert_eq!(day("vrijdag").as_deref(), Some("2022-03-18"));
        assert_eq!(day("22 maart 12:00").as_deref(), Some("2022-03-22"));
        assert_eq!(day("22-03-2022 om 9.30 uur").as_deref(), Some("2022-03-22"));
        assert_eq!(day("zo snel mogelijk"), None);
        assert_eq!(day(""), None);
    }

    #[test]
    fn the_next_meeting_comes_first_then_later_ones_then_the_past_newest_first() {
        let mut s = Store::open_in_memory().unwrap();
        for (body, date) in [
            ("Stuurgroep MIT", "2022-03-24"),
            ("ASG", "2030-01-10"),
            ("KLO", "2026-12-10"),
            ("HASG", "2026-12-01"),
            ("MIO", "2026-11-30"),
            ("Stuurgroep MIT", "2022-04-21"),
        ] {
            s.create_meeting(&MeetingDraft { body: body.into(), date: date.into(), ..Default::default() }).unwrap();
        }
        let order: Vec<String> = s
            .meetings_upcoming_first(d("2026-12-01"))
            .unwrap()
            .into_iter()
            .map(|m| format!("{} {}", m.date, m.body))
            .collect();
        assert_eq!(
            order,
            [
                "2026-12-01 HASG",
                "2026-12-10 KLO",
                "2030-01-10 ASG",
                "2026-11-30 MIO",
                "2022-04-21 Stuurgroep MIT",
                "2022-03-24 Stuurgroep MIT"
            ]
        );
    }

    #[test]
    fn attention_names_advice_papers_and_a_near_send_by_moment() {
        let mut s = Store::open_in_memory().unwrap();
        let m = s
            .create_meeting(&MeetingDraft { body: "SG".into(), date: "2022-03-24".into(), ..Default::default() })
            .unwrap();
        let add = |s: &mut Store, title: &str, attach: bool| {
            s.add_item(
                m,
                Placement::End { parent: None },
                None,
                &ItemDraft { title: title.into(), has_attachment: attach, ..Default::default() },
            )
            .unwrap()
        };
        add(&mut s, "Opening", false);
        let voorstel = add(&mut s, "Voorstel", true);
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("weg.docx");
        s.link_document(voorstel, &gone, crate::domain::DocRole::Bijlage).unwrap();
        add(&mut s, "Memo", true);
        s.set_send_by(m, "woensdagochtend").unwrap();

        let monday = s.attention(m, d("2022-03-21")).unwrap();
        assert_eq!(
            monday,
            [Attention::ItemsWithoutAdvice { count: 3 }, Attention::PapersMissing { count: 2 }],
            "Wednesday is two days away on Monday"
        );
        let tuesday = s.attention(m, d("2022-03-22")).unwrap();
        assert_eq!(
            tuesday.last(),
            Some(&Attention::SendBy { send_by: "woensdagochtend".into(), due: "2022-03-23".into(), passed: false })
        );
        let thursday = s.attention(m, d("2022-03-24")).unwrap();
        assert!(matches!(thursday.last(), Some(Attention::SendBy { passed: true, .. })));

        s.set_meeting_status(m, MeetingStatus::Sent).unwrap();
        assert!(s.attention(m, d("2022-03-22")).unwrap().is_empty(), "sent: nothing left to do");
        assert_eq!(s.send_by(m).unwrap(), "woensdagochtend");
    }
}

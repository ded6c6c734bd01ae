//! The language of what the user reads. Dutch by default; English on request or from an English locale.

use crate::domain::{DocRole, MeetingStatus, Stance, Treatment};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// `--lang` wins; otherwise an English LC_ALL / LC_MESSAGES / LANG gives English; Dutch otherwise.
    pub fn detect(flag: Option<&str>) -> Lang {
        if let Some(f) = flag {
            return Lang::parse(f).unwrap_or_default();
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var) {
                if v.is_empty() {
                    continue;
                }
                return if v.to_lowercase().starts_with("en") { Lang::En } else { Lang::Nl };
            }
        }
        Lang::Nl
    }

    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_lowercase().as_str() {
            "nl" | "dutch" | "nederlands" => Some(Lang::Nl),
            "en" | "english" | "engels" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn treatment(self, t: Treatment) -> &'static str {
        match self {
            Lang::Nl => t.dutch(),
            Lang::En => t.english(),
        }
    }

    pub fn stance(self, s: Stance) -> &'static str {
        match self {
            Lang::Nl => s.dutch(),
            Lang::En => s.english(),
        }
    }

    pub fn role(self, r: DocRole) -> &'static str {
        match self {
            Lang::Nl => r.dutch(),
            Lang::En => r.english(),
        }
    }

    pub fn status(self, s: MeetingStatus) -> &'static str {
        match (self, s) {
            (Lang::Nl, MeetingStatus::Preparing) => "in voorbereiding",
            (Lang::Nl, MeetingStatus::Sent) => "verstuurd",
            (Lang::Nl, MeetingStatus::Held) => "gehouden",
            (Lang::En, MeetingStatus::Preparing) => "preparing",
            (Lang::En, MeetingStatus::Sent) => "sent",
            (Lang::En, MeetingStatus::Held) => "held",
        }
    }

    /// A date for people: "24 maart 2022" / "24 March 2022".
    pub fn long_date(self, iso: &str) -> String {
        match crate::dates::Date::parse_iso(iso) {
            Some(d) if self == Lang::Nl => d.dutch_long(),
            Some(d) => d.english_long(),
            None => iso.to_string(),
        }
    }
}

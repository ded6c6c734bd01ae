//! The papers of one item: role, file, version, size, date, and whether the file is still there.

use super::meetings::RenderIn;
use super::step;
use crate::dates::Date;
use crate::domain::{Coded, DocRole, DocSource, ItemId, LinkedDocument, MeetingId};
use crate::history::{check_document, refresh_link, DocStatus};
use crate::locale::PolishUi;
use crate::locale::Ui;
use crate::store::Store;
use crate::text::clean_line;
use crate::tui::cells::{pad, pad_left};
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::overlays::{Confirm, Overlay, Prompt, PromptPurpose, Removal};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, View};
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use std::path::{Path, PathBuf};

/// The setting that holds the folder relative paths start from.
pub const BASE_SETTING: &str = "tui.document_base";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileState {
    Present { size: u64, modified: Option<i64> },
    Missing,
}

#[derive(Debug)]
pub struct DocsView {
    pub item_id: ItemId,
    pub meeting_id: MeetingId,
    pub item_label: String,
    pub docs: Vec<(LinkedDocument, FileState)>,
    /// The meeting's papers not placed with an item (a mail's), listed after the item's own: `t` takes one.
    pub meeting_docs: Vec<(LinkedDocument, FileState)>,
    /// The mail each paper came in, item papers first, then the meeting's.
    pub sources: Vec<Option<DocSource>>,
    /// Per document, as the history module judges it: changed on disk, gone, or a newer version beside it.
    pub status: Vec<DocStatus>,
    pub selected: usize,
    pub base: Option<String>,
    /// The last link removed on this screen, to put back with `u`: the store's trash keeps deleted items
    /// and meetings, not links, so the screen keeps this one (F33) while it is open.
    pub unlinked: Option<Unlinked>,
}

/// A link removed here: the file, its role, and the cover note's reading as it stood (hand edits too).
#[derive(Debug, Clone)]
pub struct Unlinked {
    pub item: ItemId,
    pub path: String,
    pub role: DocRole,
    pub cover: Option<crate::domain::CoverNote>,
}

fn file_state(path: &str) -> FileState {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => FileState::Present {
            size: m.len(),
            modified: m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_secs() as i64),
        },
        _ => FileState::Missing,
    }
}

impl DocsView {
    pub fn load(store: &Store, item_id: ItemId) -> crate::Result<DocsView> {
        let mut v = DocsView {
            item_id,
            meeting_id: MeetingId(0),
            item_label: String::new(),
            docs: vec![],
            meeting_docs: vec![],
            sources: vec![],
            status: vec![],
            selected: 0,
            base: None,
            unlinked: None,
        };
        v.reload(store)?;
        Ok(v)
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        let item = store.item(self.item_id)?;
        self.item_label = format!("{} {}", item.number, item.title);
        self.meeting_id = item.meeting_id;
        let with_state = |list: Vec<LinkedDocument>| -> Vec<(LinkedDocument, FileState)> {
            list.into_iter()
                .map(|d| {
                    let s = file_state(&d.document.path);
                    (d, s)
                })
                .collect()
        };
        self.docs = with_state(store.item_documents(self.item_id)?);
        self.meeting_docs = with_state(store.meeting_documents(item.meeting_id)?);
        self.status = self.docs.iter().map(|(d, _)| check_document(&d.document)).collect();
        self.sources = self
            .docs
            .iter()
            .chain(&self.meeting_docs)
            .map(|(d, _)| store.document_source(d.document.id))
            .collect::<crate::Result<_>>()?;
        self.base = store.setting(BASE_SETTING)?.filter(|b| !b.is_empty());
        self.selected = self.selected.min(self.len().saturating_sub(1));
        Ok(())
    }

    pub fn move_by(&mut self, delta: i64) {
        self.selected = step(self.selected, delta, self.len());
    }

    fn len(&self) -> usize {
        self.docs.len() + self.meeting_docs.len()
    }

    /// The selected paper, and whether it is one of the meeting's rather than the item's.
    fn selected_paper(&self) -> Option<(&LinkedDocument, &FileState, bool)> {
        match self.docs.get(self.selected) {
            Some((d, s)) => Some((d, s, false)),
            None => self.meeting_docs.get(self.selected - self.docs.len()).map(|(d, s)| (d, s, true)),
        }
    }
}

/// "1,2 MB", "830 kB", "12 B".
pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1_000_000.0),
        b if b >= 1_000 => format!("{} kB", b / 1_000),
        b => format!("{b} B"),
    }
}

pub fn draw(look: &Look, view: &DocsView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    Line::from(vec![
        Span::styled(look.t(Ui::Documents), theme::title()),
        Span::raw(" · "),
        Span::raw(view.item_label.clone()),
    ])
    .render_in(Rect { height: 1, ..area }, buf);
    if area.height < 2 {
        return;
    }
    let base = match &view.base {
        Some(b) => format!("{}: {b}", look.t(Ui::BaseFolder)),
        None => format!("{}: {}", look.t(Ui::BaseFolder), look.t(Ui::BaseNotSet)),
    };
    Line::styled(base, theme::dim()).render_in(Rect { y: area.y + 1, height: 1, ..area }, buf);
    let body = Rect { y: area.y + 2, height: area.height - 2, ..area };
    if body.height == 0 {
        return;
    }
    if view.docs.is_empty() && view.meeting_docs.is_empty() {
        Line::styled(look.t(Ui::NoDocuments), theme::dim()).render_in(Rect { height: 1, ..body }, buf);
        return;
    }
    // The selected paper's mail, on the last line.
    let source = view.sources.get(view.selected).and_then(|s| s.as_ref()).map(|s| source_line(look, s));
    let body = match &source {
        Some(line) if body.height >= 2 => {
            let last = Rect { y: body.y + body.height - 1, height: 1, ..body };
            Line::styled(line.clone(), theme::dim()).render_in(last, buf);
            Rect { height: body.height - 1, ..body }
        }
        _ => body,
    };
    let w = body.width as usize;
    let role_w = 12.min(w / 4);
    let all = || view.docs.iter().chain(&view.meeting_docs);
    let file_name = |d: &LinkedDocument| {
        Path::new(&d.document.path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    };
    // The file name gets the room first (F32): the state column only when some paper has a state, and
    // on a narrow terminal the date, then the size, then the version go before the name is cut.
    let wanted = all().map(|(d, _)| crate::tui::cells::width(&file_name(d))).max().unwrap_or(0).min(40);
    let any_state = view.status.iter().any(|s| !matches!(s, DocStatus::Unchanged));
    let mut state_w = if any_state { 30.min(w / 4) } else { 0 };
    let (mut ver_w, mut size_w, mut date_w) = (6, 9, 10);
    let name_room = |ver: usize, size: usize, date: usize, state: usize| {
        let gaps = [ver, size, date, state].iter().filter(|x| **x > 0).count() + 1;
        w.saturating_sub(role_w + ver + size + date + state + gaps)
    };
    for drop in 0..4 {
        if name_room(ver_w, size_w, date_w, state_w) >= wanted {
            break;
        }
        match drop {
            0 => date_w = 0,
            1 => size_w = 0,
            2 => ver_w = 0,
            _ => state_w = state_w.min(8),
        }
    }
    let name_w = name_room(ver_w, size_w, date_w, state_w);
    let mut lines = Vec::new();
    let mut selected_line = view.selected;
    for (i, (d, state)) in view.docs.iter().chain(&view.meeting_docs).enumerate() {
        if i == view.docs.len() {
            lines.push(Line::styled(look.t(Ui::MeetingPapers).to_string(), theme::dim()));
            if view.selected >= view.docs.len() {
                selected_line += 1;
            }
        }
        let name = Path::new(&d.document.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| d.document.path.clone());
        let (size, date) = match state {
            FileState::Present { size, modified } => {
                (human_size(*size), modified.map(|m| Date::from_days(m.div_euclid(86_400)).iso()).unwrap_or_default())
            }
            FileState::Missing => (String::new(), String::new()),
        };
        let (st, style) = match view.status.get(i) {
            Some(DocStatus::Missing) => (look.t(Ui::Missing).to_string(), theme::error()),
            Some(DocStatus::Changed { .. }) => (look.t(Ui::Changed).to_string(), theme::warning()),
            Some(DocStatus::NewerVersion { path }) => {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                (look.t(Ui::NewerVersion).replacen("{}", &name, 1), theme::warning())
            }
            _ => (String::new(), Default::default()),
        };
        let mut spans =
            vec![Span::raw(pad(look.lang.role(d.role), role_w)), Span::raw(" "), Span::raw(pad(&name, name_w))];
        for (text, cell_w, right) in
            [(&d.document.version_label, ver_w, false), (&size, size_w, true), (&date, date_w, false)]
        {
            if cell_w > 0 {
                spans.push(Span::raw(" "));
                spans.push(Span::raw(if right { pad_left(text, cell_w) } else { pad(text, cell_w) }));
            }
        }
        if state_w > 0 {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(pad(&st, state_w), style));
        }
        lines.push(Line::from(spans));
    }
    rows::render(lines, Some(selected_line), body, buf);
}

/// "uit mail van Bestuurssecretariaat, 2 december 2026 — Agenda en stukken Stuurgroep MIT …".
fn source_line(look: &Look, s: &DocSource) -> String {
    let mut line = look.t(Ui::FromMail).replacen("{}", if s.sender.is_empty() { "?" } else { &s.sender }, 1);
    if !s.sent.is_empty() {
        line.push_str(&format!(", {}", look.lang.long_date(&s.sent)));
    }
    if !s.subject.is_empty() {
        line.push_str(&format!(" — {}", s.subject));
    }
    line
}

/// Where a typed path points: "~/" is the home folder, a relative path starts at the base folder.
pub fn resolve(input: &str, base: Option<&str>) -> PathBuf {
    let input = unquoted(input.trim());
    if let Some(rest) = input.strip_prefix("~/") {
        if let Some(home) = std::env::var_os("HOME") {
            return PathBuf::from(home).join(rest);
        }
    }
    let p = PathBuf::from(input);
    match base {
        Some(b) if p.is_relative() => PathBuf::from(b).join(p),
        _ => p,
    }
}

/// A file dragged from the file manager into the terminal arrives quoted ('/home/a/Agenda en stukken.eml'):
/// the quotes are no part of the name.
fn unquoted(input: &str) -> &str {
    for q in ['\'', '"'] {
        if let Some(inner) = input.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            if !inner.is_empty() && !inner.contains(q) {
                return inner;
            }
        }
    }
    input
}

/// Tab completion of a path as typed: the completed text and, when several names fit, those names.
pub fn complete(input: &str, base: Option<&str>) -> (String, Vec<String>) {
    let (dir_part, prefix) = match input.rfind('/') {
        Some(i) => (&input[..=i], &input[i + 1..]),
        None => ("", input),
    };
    let dir = if dir_part.is_empty() { resolve(".", base) } else { resolve(dir_part, base) };
    let Ok(entries) = std::fs::read_dir(&dir) else { return (input.to_string(), vec![]) };
    let mut names: Vec<(String, bool)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let is_dir = e.file_type().ok()?.is_dir() || e.path().is_dir();
            Some((name, is_dir))
        })
        .filter(|(n, _)| n.starts_with(prefix) && (prefix.starts_with('.') || !n.starts_with('.')))
        .collect();
    names.sort();
    match names.len() {
        0 => (input.to_string(), vec![]),
        1 => {
            let (n, is_dir) = &names[0];
            (format!("{dir_part}{n}{}", if *is_dir { "/" } else { "" }), vec![])
        }
        _ => {
            let first = &names[0].0;
            let mut common = first.len();
            for (n, _) in &names[1..] {
                common = common.min(first.bytes().zip(n.bytes()).take_while(|(a, b)| a == b).count());
            }
            while !first.is_char_boundary(common) {
                common -= 1;
            }
            let shown = names.iter().map(|(n, d)| if *d { format!("{n}/") } else { n.clone() }).collect();
            (format!("{dir_part}{}", &first[..common.max(prefix.len())]), shown)
        }
    }
}

impl View for DocsView {
    fn mode(&self) -> Mode {
        Mode::Documents
    }

    fn move_by(&mut self, delta: i64) {
        DocsView::move_by(self, delta)
    }

    fn reload(&mut self, store: &Store) -> crate::Result<()> {
        DocsView::reload(self, store)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::Add => {
                let purpose = PromptPurpose::DocumentPath { item: self.item_id, base: self.base.clone() };
                Prompt::open(purpose, ctx.t(Ui::PromptDocument), "")
            }
            Command::SetBaseFolder => {
                let current = self.base.clone().unwrap_or_default();
                Prompt::open(PromptPurpose::BaseFolder, ctx.t(Ui::PromptBase), &current)
            }
            Command::Open | Command::OpenFile => self.open_file(ctx),
            Command::CycleRole => self.cycle_role(ctx),
            Command::RefreshDocument => self.refresh_document(ctx),
            Command::TakePaper => self.take_paper(ctx),
            Command::Delete => {
                let Some((d, _, of_meeting)) = self.selected_paper() else { return Outcome::Nothing };
                let (question, removal) = if of_meeting {
                    let q = ctx.t(Ui::AskUnlinkMeeting).replacen("{}", &d.document.path, 1);
                    (q, Removal::UnlinkMeeting(self.meeting_id, d.document.id))
                } else {
                    (
                        ctx.t(Ui::AskUnlink).replacen("{}", &d.document.path, 1),
                        Removal::Unlink(self.item_id, d.document.id),
                    )
                };
                Outcome::Overlay(Overlay::Confirm(Confirm { question, removal }))
            }
            Command::Undo => self.undo_unlink(ctx),
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        match answer {
            Answer::Confirmed(Removal::Unlink(item, doc)) => {
                let kept = self.docs.iter().find(|(d, _)| d.document.id == doc).map(|(d, _)| Unlinked {
                    item,
                    path: d.document.path.clone(),
                    role: d.role,
                    cover: ctx.store.cover_note(item).ok().flatten(),
                });
                match ctx.store.unlink_document(item, doc) {
                    Ok(_) => {
                        self.unlinked = kept;
                        Outcome::Refresh.and(Outcome::info(ctx.t(Ui::Polish(PolishUi::UnlinkedUndoable))))
                    }
                    Err(e) => Outcome::Fail(e),
                }
            }
            Answer::Confirmed(Removal::UnlinkMeeting(meeting, doc)) => {
                match ctx.store.unlink_meeting_document(meeting, doc) {
                    Ok(_) => Outcome::Refresh.and(Outcome::info(ctx.t(Ui::Unlinked))),
                    Err(e) => Outcome::Fail(e),
                }
            }
            Answer::Entered(p) => {
                let text = clean_line(&p.text());
                match p.purpose.clone() {
                    PromptPurpose::DocumentPath { item, base } => {
                        match self.link_document(ctx, item, &text, base.as_deref()) {
                            Ok(said) => said,
                            Err(why) => p.refused(why),
                        }
                    }
                    PromptPurpose::BaseFolder => match save_base_folder(ctx, &text) {
                        Ok(said) => said,
                        Err(why) => p.refused(why),
                    },
                    _ => Outcome::Nothing,
                }
            }
            _ => Outcome::Nothing,
        }
    }
}

/// Stores the folder relative paths start from; `Err` says why the prompt stays open.
fn save_base_folder(ctx: &mut Ctx, input: &str) -> Result<Outcome, Outcome> {
    let p = resolve(input, None);
    if !input.trim().is_empty() && !p.is_dir() {
        return Err(Outcome::error(ctx.t(Ui::NotAFolder).replacen("{}", &p.display().to_string(), 1)));
    }
    let value = if input.trim().is_empty() { String::new() } else { p.display().to_string() };
    Ok(Outcome::report(ctx.store.set_setting(BASE_SETTING, &value)).and(Outcome::Refresh))
}

impl DocsView {
    /// `u`: the link removed last on this screen comes back, with its role and the cover note's reading.
    fn undo_unlink(&mut self, ctx: &mut Ctx) -> Outcome {
        let Some(u) = self.unlinked.take() else { return Outcome::info(ctx.t(Ui::Polish(PolishUi::NoUnlinkToUndo))) };
        if let Err(e) = ctx.store.link_document(u.item, Path::new(&u.path), u.role) {
            return Outcome::Fail(e);
        }
        let mut out = Outcome::Nothing;
        if let Some(note) = &u.cover {
            for field in [crate::domain::CoverField::Summary, crate::domain::CoverField::ProposedDecisions] {
                let now = ctx.store.cover_note(u.item).ok().flatten();
                let current = crate::tui::editor::cover_field_text(now.as_ref(), field);
                let saved = crate::tui::editor::cover_field_text(Some(note), field);
                if current != saved {
                    out = out.and(Outcome::report(ctx.store.set_cover_text(u.item, field, &current, &saved)));
                }
            }
        }
        let name = Path::new(&u.path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let said = ctx.t(Ui::Polish(PolishUi::RelinkedDocument)).replacen("{}", &name, 1).replacen(
            "{}",
            ctx.lang.role(u.role),
            1,
        );
        out.and(Outcome::Refresh).and(Outcome::info(said))
    }

    /// Links the file the prompt names; `Err` says why the prompt stays open.
    fn link_document(
        &mut self,
        ctx: &mut Ctx,
        item: ItemId,
        input: &str,
        base: Option<&str>,
    ) -> Result<Outcome, Outcome> {
        if input.trim().is_empty() {
            return Err(Outcome::error(ctx.t(Ui::EmptyPath)));
        }
        let path = resolve(input, base);
        // "Oplegger ….docx" is an oplegger, as the mail import reads it from the name (F5).
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let role = crate::import::mail::place::role_from_name(&name);
        if let Err(e) = ctx.store.link_document(item, &path, role) {
            return Err(Outcome::Fail(e));
        }
        let reloaded = Outcome::report(self.reload(ctx.store));
        self.selected = self.docs.len().saturating_sub(1);
        let msg = if path.exists() { Ui::DocumentLinked } else { Ui::DocumentLinkedMissing };
        Ok(reloaded.and(Outcome::info(ctx.t(msg))))
    }

    /// o: the system opener (xdg-open, or open on macOS), detached so that it cannot draw over the screen.
    fn open_file(&self, ctx: &Ctx) -> Outcome {
        let Some((d, state, _)) = self.selected_paper() else { return Outcome::Nothing };
        if *state == FileState::Missing {
            return Outcome::error(ctx.t(Ui::FileMissing).replacen("{}", &d.document.path, 1));
        }
        let opener = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };
        let spawned = std::process::Command::new(opener)
            .arg(&d.document.path)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        match spawned {
            Ok(_) => Outcome::info(ctx.t(Ui::Opening).replacen("{}", &d.document.path, 1)),
            // Said as what it is: the opener is missing, not the document.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Outcome::error(ctx.t(Ui::NoOpener).replacen("{}", opener, 1).replacen("{}", &d.document.path, 1))
            }
            Err(e) => Outcome::error(format!("{opener}: {e}")),
        }
    }

    /// t: the selected paper of the meeting goes to this item, keeping its role.
    fn take_paper(&mut self, ctx: &mut Ctx) -> Outcome {
        let Some((d, _, of_meeting)) = self.selected_paper() else { return Outcome::Nothing };
        if !of_meeting {
            return Outcome::info(ctx.t(Ui::PaperAlreadyHere));
        }
        let doc = d.document.id;
        match ctx.store.move_meeting_document_to_item(doc, self.item_id) {
            Ok(()) => {
                let reloaded = Outcome::report(self.reload(ctx.store));
                if let Some(i) = self.docs.iter().position(|(d, _)| d.document.id == doc) {
                    self.selected = i;
                }
                reloaded.and(Outcome::info(ctx.t(Ui::PaperTaken)))
            }
            Err(e) => Outcome::Fail(e),
        }
    }

    fn cycle_role(&self, ctx: &mut Ctx) -> Outcome {
        if self.selected >= self.docs.len() && !self.meeting_docs.is_empty() {
            return Outcome::info(ctx.t(Ui::TakeFirst));
        }
        let Some((d, _)) = self.docs.get(self.selected) else { return Outcome::Nothing };
        let i = DocRole::ALL.iter().position(|r| *r == d.role).unwrap_or(0);
        let next = DocRole::ALL[(i + 1) % DocRole::ALL.len()];
        let r = ctx.store.link_document(self.item_id, Path::new(&d.document.path), next).map(|_| ());
        Outcome::report(r).and(Outcome::Refresh)
    }

    /// n: links the newer version beside the file, or records the changed file's new facts.
    fn refresh_document(&self, ctx: &mut Ctx) -> Outcome {
        if self.selected >= self.docs.len() && !self.meeting_docs.is_empty() {
            return Outcome::info(ctx.t(Ui::TakeFirst));
        }
        let Some((d, _)) = self.docs.get(self.selected) else { return Outcome::Nothing };
        let message = match self.status.get(self.selected) {
            Some(DocStatus::NewerVersion { .. }) => Ui::NewerLinked,
            Some(DocStatus::Changed { .. }) => Ui::FactsUpdated,
            Some(DocStatus::Missing) => {
                return Outcome::error(ctx.t(Ui::FileMissing).replacen("{}", &d.document.path, 1))
            }
            _ => return Outcome::info(ctx.t(Ui::DocumentUnchanged)),
        };
        match refresh_link(ctx.store, self.item_id, d.document.id) {
            Ok(_) => Outcome::Refresh.and(Outcome::info(ctx.t(message))),
            Err(e) => Outcome::Fail(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completion_extends_to_the_only_name_and_lists_several() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("memo v6.0.docx"), "x").unwrap();
        std::fs::write(dir.path().join("memo v6.1.docx"), "x").unwrap();
        std::fs::create_dir(dir.path().join("stukken")).unwrap();
        let base = dir.path().to_str().unwrap();
        assert_eq!(complete("st", Some(base)).0, "stukken/");
        let (text, names) = complete("me", Some(base));
        assert_eq!(text, "memo v6.");
        assert_eq!(names.len(), 2);
        assert_eq!(complete("zz", Some(base)).0, "zz");
        assert_eq!(resolve("a.pdf", Some("/b")), PathBuf::from("/b/a.pdf"));
        assert_eq!(resolve("/x/a.pdf", Some("/b")), PathBuf::from("/x/a.pdf"));
        assert_eq!(resolve("'/x/Agenda en stukken.eml' ", None), PathBuf::from("/x/Agenda en stukken.eml"));
        assert_eq!(resolve("\"a.pdf\"", Some("/b")), PathBuf::from("/b/a.pdf"));
        assert_eq!(resolve("'it's'", None), PathBuf::from("'it's'"), "a quote inside: the name as typed");
    }
}

//! One agenda item, field by field; the selected text below, edited in place or in $EDITOR.

use super::meetings::RenderIn;
use super::step;
use crate::domain::{AgendaItem, Coded, CoverField, CoverNote, ItemField, ItemId, Part, Stance, Treatment};
use crate::locale::{cover as cover_words, CoverUi};
use crate::locale::{Lang, Ui};
use crate::store::Store;
use crate::tui::cells::{first_line, pad};
use crate::tui::command::Command;
use crate::tui::editor::{cover_field_text, item_field_text, EditTarget, FieldEditor};
use crate::tui::keymap::Mode;
use crate::tui::overlays::{apply_item_pick, PickPurpose, Picker};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, View};
use crate::tui::screens::{DocsView, Screen};
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemRow {
    Field(ItemField),
    /// What was read in the cover note, editable.
    Cover(CoverField),
    Part,
    /// The earlier treatments linked (L), shown and unlinked here (F10).
    Earlier,
    Documents,
}

pub const ROWS: &[ItemRow] = &[
    ItemRow::Field(ItemField::Title),
    ItemRow::Field(ItemField::Treatment),
    ItemRow::Field(ItemField::Submitter),
    ItemRow::Field(ItemField::HasAttachment),
    ItemRow::Field(ItemField::OriginNote),
    ItemRow::Field(ItemField::CoverTreatment),
    ItemRow::Part,
    ItemRow::Earlier,
    ItemRow::Field(ItemField::Annotation),
    ItemRow::Field(ItemField::AdviceStance),
    ItemRow::Field(ItemField::AdviceText),
    ItemRow::Field(ItemField::TalkingPoints),
    ItemRow::Field(ItemField::Notes),
    // What the cover note proposes, next to the papers it comes from.
    ItemRow::Cover(CoverField::ProposedDecisions),
    ItemRow::Cover(CoverField::Summary),
    ItemRow::Documents,
];

#[derive(Debug)]
pub struct ItemView {
    pub item: AgendaItem,
    pub meeting_label: String,
    pub meeting_date: String,
    pub parts: Vec<Part>,
    pub documents: usize,
    /// The cover note as read and corrected, read from the store on load.
    pub cover: Option<Box<CoverNote>>,
    /// The earlier treatments this item is linked to.
    pub earlier: Vec<crate::domain::EarlierItem>,
    pub selected: usize,
    /// Tab moves the keys to the text below, for scrolling a long text.
    pub text_focus: bool,
    pub text_scroll: u16,
}

impl ItemView {
    pub fn load(store: &Store, id: ItemId) -> crate::Result<ItemView> {
        let item = store.item(id)?;
        let m = store.meeting(item.meeting_id)?;
        Ok(ItemView {
            meeting_label: m.body.clone(),
            meeting_date: m.date.clone(),
            parts: store.parts(item.meeting_id)?,
            documents: store.item_documents(id)?.len(),
            cover: store.cover_note(id)?.map(Box::new),
            earlier: store.earlier_items(id)?,
            item,
            selected: 0,
            text_focus: false,
            text_scroll: 0,
        })
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        self.item = store.item(self.item.id)?;
        self.parts = store.parts(self.item.meeting_id)?;
        self.documents = store.item_documents(self.item.id)?.len();
        self.cover = store.cover_note(self.item.id)?.map(Box::new);
        self.earlier = store.earlier_items(self.item.id)?;
        Ok(())
    }

    pub fn row(&self) -> ItemRow {
        ROWS[self.selected.min(ROWS.len() - 1)]
    }

    pub fn select_field(&mut self, field: ItemField) {
        if let Some(i) = ROWS.iter().position(|r| *r == ItemRow::Field(field)) {
            self.selected = i;
        }
    }

    pub fn select_cover(&mut self, field: CoverField) {
        if let Some(i) = ROWS.iter().position(|r| *r == ItemRow::Cover(field)) {
            self.selected = i;
        }
    }

    pub fn move_by(&mut self, delta: i64) {
        if self.text_focus {
            self.text_scroll = (self.text_scroll as i64 + delta).clamp(0, u16::MAX as i64) as u16;
        } else {
            self.selected = step(self.selected, delta, ROWS.len());
            self.text_scroll = 0;
        }
    }

    pub fn switch_pane(&mut self) {
        self.text_focus = !self.text_focus;
    }
}

pub fn field_label(lang: Lang, f: ItemField) -> &'static str {
    lang.ui(match f {
        ItemField::Title => Ui::FieldTitle,
        ItemField::Treatment => Ui::FieldTreatment,
        ItemField::Submitter => Ui::FieldSubmitter,
        ItemField::HasAttachment => Ui::FieldAttachment,
        ItemField::OriginNote => Ui::FieldOrigin,
        ItemField::CoverTreatment => Ui::FieldCoverTreatment,
        ItemField::Annotation => Ui::Annotation,
        ItemField::AdviceStance => Ui::FieldStance,
        ItemField::AdviceText => Ui::FieldAdviceText,
        ItemField::TalkingPoints => Ui::TalkingPoints,
        ItemField::Notes => Ui::Notes,
    })
}

pub fn cover_label(lang: Lang, f: CoverField) -> &'static str {
    lang.ui(Ui::Cover(match f {
        CoverField::ProposedDecisions => CoverUi::FieldProposedDecisions,
        CoverField::Summary => CoverUi::FieldSummary,
    }))
}

fn row_label(lang: Lang, row: ItemRow) -> &'static str {
    match row {
        ItemRow::Field(f) => field_label(lang, f),
        ItemRow::Cover(f) => cover_label(lang, f),
        ItemRow::Part => lang.ui(Ui::FieldPart),
        ItemRow::Earlier => lang.ui(Ui::Polish(crate::locale::PolishUi::FieldEarlier)),
        ItemRow::Documents => lang.ui(Ui::Documents),
    }
}

fn row_value(look: &Look, view: &ItemView, row: ItemRow) -> String {
    let lang = look.lang;
    let it = &view.item;
    let none = || look.t(Ui::NotSet).to_string();
    match row {
        ItemRow::Field(ItemField::Treatment) => {
            it.treatment.map(|t| lang.treatment(t).to_string()).unwrap_or_else(none)
        }
        ItemRow::Field(ItemField::CoverTreatment) => {
            let value = it.cover_treatment.map(|t| lang.treatment(t).to_string()).unwrap_or_else(none);
            // Unknown from a paper: say so on the row, where the adviser looks for the purpose.
            match view.cover.as_ref().filter(|c| it.cover_treatment.is_none() && c.read.unknown.is_some()) {
                Some(c) => format!("{value} · {}", cover_words::purpose_origin(lang, c)),
                None => value,
            }
        }
        ItemRow::Cover(f) => {
            let text = cover_field_text(view.cover.as_deref(), f);
            let n = text.lines().count();
            let first = first_line(&text).to_string();
            if n > 1 {
                format!("{first}  (+{})", lang.count(n - 1, crate::locale::Noun::Line))
            } else {
                first
            }
        }
        ItemRow::Field(ItemField::AdviceStance) => {
            it.advice_stance.map(|s| lang.stance(s).to_string()).unwrap_or_else(none)
        }
        ItemRow::Field(ItemField::HasAttachment) => {
            look.t(if it.has_attachment { Ui::Yes } else { Ui::No }).to_string()
        }
        ItemRow::Field(f) => {
            let text = item_field_text(it, f);
            let n = text.lines().count();
            let first = first_line(&text).to_string();
            if n > 1 {
                format!("{first}  (+{})", lang.count(n - 1, crate::locale::Noun::Line))
            } else if first.is_empty() {
                String::new()
            } else {
                first
            }
        }
        ItemRow::Part => {
            it.part_id.and_then(|p| view.parts.iter().find(|x| x.id == p)).map(|p| p.title.clone()).unwrap_or_else(none)
        }
        ItemRow::Earlier if view.earlier.is_empty() => {
            look.t(Ui::Polish(crate::locale::PolishUi::NoEarlierLinked)).to_string()
        }
        ItemRow::Earlier => view
            .earlier
            .iter()
            .map(|e| earlier_label(lang, &e.body, &e.date, &e.number, &e.title))
            .collect::<Vec<_>>()
            .join("; "),
        ItemRow::Documents => look.t(Ui::DocumentCount).replacen("{}", &view.documents.to_string(), 1),
    }
}

pub fn draw(look: &Look, view: &ItemView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let it = &view.item;
    Line::from(vec![
        Span::styled(format!("{} {}", look.t(Ui::ItemHeading), it.number), theme::title()),
        Span::raw(" · "),
        Span::raw(format!("{} {}", view.meeting_label, look.lang.long_date(&view.meeting_date))),
        if it.treatment_mismatch() { Span::styled("  ⚠", theme::warning()) } else { Span::raw("") },
    ])
    .render_in(Rect { height: 1, ..area }, buf);
    let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
    if body.height == 0 {
        return;
    }
    // All fields when they fit with at least five lines of text below; otherwise half and half. While a
    // long text is typed on a small screen the list keeps three rows around the field and the text gets
    // the rest: the annotation is the adviser's main text, not something to write through a slit.
    let all = ROWS.len() as u16 + 2;
    let typing_long = look.editor.as_ref().is_some_and(|e| {
        e.multiline && matches!(e.target, EditTarget::Item { id, .. } | EditTarget::Cover { id, .. } if id == it.id)
    });
    let list_h = if body.height >= all + 5 {
        all
    } else if typing_long && body.height >= 12 {
        5
    } else {
        (body.height / 2).max(1)
    };
    let list_area = Rect { height: list_h.min(body.height), ..body };
    let text_area = Rect { y: body.y + list_area.height, height: body.height - list_area.height, ..body };

    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if view.text_focus { theme::border() } else { theme::border_focus() })
        .title(it.title.clone());
    let inner = block.inner(list_area);
    block.render(list_area, buf);
    let label_w = 24.min(inner.width as usize / 2);
    let value_w = (inner.width as usize).saturating_sub(label_w + 1);
    let lines: Vec<Line> = ROWS
        .iter()
        .map(|r| {
            Line::from(vec![
                Span::styled(pad(row_label(look.lang, *r), label_w), theme::dim()),
                Span::raw(" "),
                Span::raw(pad(&row_value(look, view, *r), value_w)),
            ])
        })
        .collect();
    rows::render(lines, Some(view.selected), inner, buf);

    if text_area.height == 0 {
        return;
    }
    let editing = look
        .editor
        .as_ref()
        .filter(|e| matches!(e.target, EditTarget::Item { id, .. } | EditTarget::Cover { id, .. } if id == it.id));
    let row = view.row();
    let title = match (editing, row) {
        (Some(e), _) => match e.target {
            EditTarget::Item { field, .. } => format!("{} — {}", field_label(look.lang, field), look.t(Ui::Editing)),
            EditTarget::Cover { field, .. } => format!("{} — {}", cover_label(look.lang, field), look.t(Ui::Editing)),
            _ => String::new(),
        },
        (None, r) => row_label(look.lang, r).to_string(),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if view.text_focus || editing.is_some() { theme::border_focus() } else { theme::border() })
        .title(title);
    if let Some(ed) = editing {
        let inner = block.inner(text_area);
        block.render(text_area, buf);
        if inner.width > 0 && inner.height > 0 {
            (&ed.area).render(inner, buf);
        }
        return;
    }
    let text = match row {
        ItemRow::Field(f) if f.is_long_text() => {
            let t = item_field_text(it, f);
            if t.is_empty() {
                look.t(Ui::EmptyEditHint).to_string()
            } else if f == ItemField::TalkingPoints {
                it.talking_points.iter().map(|p| format!("• {p}")).collect::<Vec<_>>().join("\n")
            } else {
                t
            }
        }
        ItemRow::Field(ItemField::CoverTreatment) => cover_purpose_text(look, view),
        ItemRow::Cover(f) => cover_text(look, view, f),
        r => row_value(look, view, r),
    };
    Paragraph::new(text).block(block).wrap(Wrap { trim: false }).scroll((view.text_scroll, 0)).render(text_area, buf);
}

/// The purpose as the cover note gives it, where it was read, and what a newer version changed.
fn cover_purpose_text(look: &Look, view: &ItemView) -> String {
    let lang = look.lang;
    let it = &view.item;
    let mut lines =
        vec![it.cover_treatment.map(|t| lang.treatment(t).to_string()).unwrap_or_else(|| look.t(Ui::NotSet).into())];
    match &view.cover {
        Some(c) => {
            let origin = cover_words::purpose_origin(lang, c);
            if !origin.is_empty() {
                lines.push(origin);
            }
            if let Some(change) = &c.change {
                lines.push(String::new());
                lines.extend(cover_words::change_lines(lang, change));
            }
        }
        None => lines.push(look.t(Ui::Cover(CoverUi::NoCoverNote)).to_string()),
    }
    lines.join("\n")
}

/// The proposed decision points (or the summary), with where they were read.
fn cover_text(look: &Look, view: &ItemView, f: CoverField) -> String {
    let Some(c) = &view.cover else { return look.t(Ui::Cover(CoverUi::NoCoverNote)).to_string() };
    let (body, source, by_hand) = match f {
        CoverField::ProposedDecisions => (
            c.proposed_decisions.iter().map(|p| format!("• {p}")).collect::<Vec<_>>().join("\n"),
            c.read.decisions_source.as_str(),
            c.decisions_by_hand,
        ),
        CoverField::Summary => (c.summary.clone(), c.read.summary_source.as_str(), c.summary_by_hand),
    };
    let body = if body.is_empty() { look.t(Ui::EmptyEditHint).to_string() } else { body };
    let origin = cover_words::text_origin(look.lang, c, source, by_hand);
    if origin.is_empty() {
        body
    } else {
        format!("{body}\n\n({origin})")
    }
}

/// The in-place editor on a cover note text; `text` replaces the stored text (a restored draft).
pub fn cover_editor(it: &AgendaItem, note: Option<&CoverNote>, f: CoverField, text: Option<String>) -> FieldEditor {
    let stored = cover_field_text(note, f);
    let shown = text.unwrap_or_else(|| stored.clone());
    let mut ed = FieldEditor::new(EditTarget::Cover { id: it.id, field: f }, &shown, &stored, true, it.revision);
    if shown != stored {
        ed.changed(std::time::Instant::now());
    }
    ed
}

impl View for ItemView {
    fn mode(&self) -> Mode {
        Mode::Item
    }

    fn move_by(&mut self, delta: i64) {
        ItemView::move_by(self, delta)
    }

    fn reload(&mut self, store: &Store) -> crate::Result<()> {
        ItemView::reload(self, store)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::Open => self.edit_field(ctx),
            Command::ExternalEdit => match self.row() {
                ItemRow::Field(f) if f.is_long_text() => crate::tui::editing::external(&self.item, f),
                ItemRow::Field(f @ (ItemField::Title | ItemField::Submitter | ItemField::OriginNote)) => {
                    Outcome::edit(item_editor(&self.item, f, None))
                }
                _ => Outcome::info(ctx.t(Ui::NothingToEdit)),
            },
            Command::SwitchPane => {
                self.switch_pane();
                Outcome::Nothing
            }
            Command::Documents => Outcome::push_loaded(DocsView::load(ctx.store, self.item.id).map(Screen::Documents)),
            Command::LinkEarlier => self.propose_earlier(ctx),
            Command::CoverAsRead => match ctx.store.cover_as_read(self.item.id) {
                Ok(()) => Outcome::Refresh.and(Outcome::info(ctx.t(Ui::Cover(CoverUi::BackToRead)))),
                Err(crate::Error::NotFound { .. }) => Outcome::info(ctx.t(Ui::Cover(CoverUi::NoCoverNote))),
                Err(e) => Outcome::Fail(e),
            },
            Command::CopyAnnotation => self.offer_annotation_copy(ctx),
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        match answer {
            Answer::Picked(PickPurpose::CopyAnnotation { to, expected }, value) => match value.parse::<i64>() {
                Ok(from) => self.copy_annotation_from(ctx, ItemId(from), to, &expected),
                Err(_) => Outcome::Nothing,
            },
            Answer::Picked(PickPurpose::UnlinkEarlier(id), value) => match value.parse::<i64>() {
                Ok(earlier) => match ctx.store.unlink_earlier(id, ItemId(earlier)) {
                    Ok(()) => {
                        Outcome::Refresh.and(Outcome::info(ctx.t(Ui::Polish(crate::locale::PolishUi::EarlierUnlinked))))
                    }
                    Err(e) => Outcome::Fail(e),
                },
                Err(_) => Outcome::Nothing,
            },
            Answer::Picked(purpose, value) => apply_item_pick(&purpose, &value, ctx, true),
            _ => Outcome::Nothing,
        }
    }
}

/// The in-place editor on a text field; `text` replaces the stored text (a restored draft).
pub fn item_editor(it: &AgendaItem, f: ItemField, text: Option<(String, i64)>) -> FieldEditor {
    let stored = item_field_text(it, f);
    let (shown, rev) = text.unwrap_or_else(|| (stored.clone(), it.revision));
    let mut ed = FieldEditor::new(EditTarget::Item { id: it.id, field: f }, &shown, &stored, f.is_long_text(), rev);
    if shown != stored {
        ed.changed(std::time::Instant::now());
    }
    ed
}

pub fn proposal_options(lang: Lang, proposals: &[crate::history::Proposal]) -> Vec<(String, String)> {
    proposals
        .iter()
        .map(|p| (earlier_label(lang, &p.body.name, &p.date, &p.number, &p.title), p.item_id.0.to_string()))
        .collect()
}

/// How an earlier treatment is named in a choice: "Stuurgroep MIT 24 maart 2022 · 4 Programmaplan 2022".
fn earlier_label(lang: Lang, body: &str, date: &str, number: &str, title: &str) -> String {
    format!("{body} {} · {number} {title}", lang.long_date(date))
}

impl ItemView {
    /// Enter on the item screen: type in text, pick a choice, flip the flag, or open the documents.
    fn edit_field(&mut self, ctx: &mut Ctx) -> Outcome {
        // Another window may have changed the item since this screen loaded: a field opens on the stored text.
        if let Err(e) = self.reload(ctx.store) {
            return Outcome::Fail(e);
        }
        let it = &self.item;
        match self.row() {
            ItemRow::Documents => Outcome::push_loaded(DocsView::load(ctx.store, it.id).map(Screen::Documents)),
            // None linked: the proposals, as L; else the ones linked, Enter unlinks the one chosen.
            ItemRow::Earlier if self.earlier.is_empty() => self.propose_earlier(ctx),
            ItemRow::Earlier => {
                let options = self
                    .earlier
                    .iter()
                    .map(|e| (earlier_label(ctx.lang, &e.body, &e.date, &e.number, &e.title), e.item_id.0.to_string()))
                    .collect();
                let title = ctx.t(Ui::Polish(crate::locale::PolishUi::PickUnlinkEarlier));
                Picker::open(title, options, "", PickPurpose::UnlinkEarlier(it.id))
            }
            ItemRow::Part => {
                let mut options = vec![(ctx.t(Ui::NoPart).to_string(), String::new())];
                options.extend(self.parts.iter().map(|p| (p.title.clone(), p.id.0.to_string())));
                let current = it.part_id.map(|p| p.0.to_string()).unwrap_or_default();
                Picker::open(ctx.t(Ui::FieldPart), options, &current, PickPurpose::ItemPart(it.id))
            }
            ItemRow::Field(ItemField::HasAttachment) => {
                let old = item_field_text(it, ItemField::HasAttachment);
                let new = if it.has_attachment { "0" } else { "1" };
                let r = ctx.store.set_item_field(it.id, ItemField::HasAttachment, &old, new).map(|_| ());
                Outcome::report(r).and(Outcome::Refresh)
            }
            ItemRow::Field(f @ (ItemField::Treatment | ItemField::CoverTreatment)) => {
                let mut options = vec![(ctx.t(Ui::NotSet).to_string(), String::new())];
                options
                    .extend(Treatment::ALL.iter().map(|t| (ctx.lang.treatment(*t).to_string(), t.code().to_string())));
                let current = item_field_text(it, f);
                Picker::open(field_label(ctx.lang, f), options, &current, PickPurpose::ItemField(it.id, f))
            }
            ItemRow::Field(ItemField::AdviceStance) => {
                let mut options = vec![(ctx.t(Ui::NotSet).to_string(), String::new())];
                options.extend(Stance::ALL.iter().map(|s| (ctx.lang.stance(*s).to_string(), s.code().to_string())));
                let current = item_field_text(it, ItemField::AdviceStance);
                let label = field_label(ctx.lang, ItemField::AdviceStance);
                Picker::open(label, options, &current, PickPurpose::ItemField(it.id, ItemField::AdviceStance))
            }
            ItemRow::Field(f) => Outcome::edit(item_editor(it, f, None)),
            ItemRow::Cover(f) => Outcome::edit(cover_editor(it, self.cover.as_deref(), f, None)),
        }
    }

    /// L: the earlier items this one probably continues, to link one with Enter.
    fn propose_earlier(&self, ctx: &mut Ctx) -> Outcome {
        let id = self.item.id;
        let proposals = match crate::history::propose_earlier(ctx.store, id) {
            Ok(p) => p,
            Err(e) => return Outcome::Fail(e),
        };
        if proposals.is_empty() {
            return Outcome::info(ctx.t(Ui::NoEarlierFound));
        }
        let options = proposal_options(ctx.lang, &proposals);
        Picker::open(ctx.t(Ui::PickEarlier), options, "", PickPurpose::Earlier(id))
    }

    /// C: the earlier treatments in this item's history that have an annotation, most recent first, to copy
    /// one into this item as a starting point.
    fn offer_annotation_copy(&self, ctx: &mut Ctx) -> Outcome {
        let (id, expected) = (self.item.id, self.item.annotation.clone());
        let chain = match crate::history::chain(ctx.store, id) {
            Ok(c) => c,
            Err(e) => return Outcome::Fail(e),
        };
        let options: Vec<(String, String)> = chain
            .steps
            .iter()
            .rev()
            .filter(|s| s.has_annotation)
            .map(|s| (earlier_label(ctx.lang, &s.body.name, &s.date, &s.number, &s.title), s.item_id.0.to_string()))
            .collect();
        if options.is_empty() {
            return Outcome::info(ctx.t(Ui::NoEarlierAnnotation));
        }
        let purpose = PickPurpose::CopyAnnotation { to: id, expected };
        Picker::open(ctx.t(Ui::PickAnnotationSource), options, "", purpose)
    }

    /// Enter in the choice of C: copies, then shows the annotation; each refusal says what happened.
    fn copy_annotation_from(&mut self, ctx: &mut Ctx, from: ItemId, to: ItemId, expected: &str) -> Outcome {
        use crate::history::CopyRefused;
        let result = crate::history::try_copy_annotation(ctx.store, from, to, expected);
        let reloaded = Outcome::report(self.reload(ctx.store));
        let said = match result {
            Ok(Ok(copied)) => {
                self.select_field(ItemField::Annotation);
                self.text_scroll = 0;
                let source = ctx
                    .store
                    .item(from)
                    .and_then(|i| ctx.store.meeting(i.meeting_id))
                    .map(|m| format!("{} {}", m.body, ctx.lang.long_date(&m.date)))
                    .unwrap_or_default();
                let msg = if copied.appended { Ui::AnnotationAppended } else { Ui::AnnotationCopied };
                Outcome::info(ctx.t(msg).replacen("{}", &source, 1))
            }
            Ok(Err(CopyRefused::NothingToCopy)) => Outcome::info(ctx.t(Ui::AnnotationCopyEmpty)),
            Ok(Err(CopyRefused::AlreadyThere | CopyRefused::SameItem)) => Outcome::info(ctx.t(Ui::AnnotationCopyThere)),
            Ok(Err(CopyRefused::Changed)) => Outcome::error(ctx.t(Ui::AnnotationCopyChanged)),
            Err(e) => Outcome::Fail(e),
        };
        reloaded.and(said)
    }
}

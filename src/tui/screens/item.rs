//! One agenda item, field by field; the selected text below, edited in place or in $EDITOR.

use super::meetings::RenderIn;
use super::step;
use crate::domain::{AgendaItem, Coded, ItemField, ItemId, Part, Stance, Treatment};
use crate::locale::{Lang, Ui};
use crate::store::Store;
use crate::tui::app::{App, Screen};
use crate::tui::cells::{first_line, pad};
use crate::tui::editor::{item_field_text, EditTarget, FieldEditor};
use crate::tui::overlays::{Overlay, PickPurpose, Picker};
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemRow {
    Field(ItemField),
    Part,
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
    ItemRow::Field(ItemField::Annotation),
    ItemRow::Field(ItemField::AdviceStance),
    ItemRow::Field(ItemField::AdviceText),
    ItemRow::Field(ItemField::TalkingPoints),
    ItemRow::Field(ItemField::Notes),
    ItemRow::Documents,
];

#[derive(Debug)]
pub struct ItemView {
    pub item: AgendaItem,
    pub meeting_label: String,
    pub meeting_date: String,
    pub parts: Vec<Part>,
    pub documents: usize,
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

fn row_label(lang: Lang, row: ItemRow) -> &'static str {
    match row {
        ItemRow::Field(f) => field_label(lang, f),
        ItemRow::Part => lang.ui(Ui::FieldPart),
        ItemRow::Documents => lang.ui(Ui::Documents),
    }
}

fn row_value(app: &App, view: &ItemView, row: ItemRow) -> String {
    let lang = app.lang;
    let it = &view.item;
    let none = || app.t(Ui::NotSet).to_string();
    match row {
        ItemRow::Field(ItemField::Treatment) => {
            it.treatment.map(|t| lang.treatment(t).to_string()).unwrap_or_else(none)
        }
        ItemRow::Field(ItemField::CoverTreatment) => {
            it.cover_treatment.map(|t| lang.treatment(t).to_string()).unwrap_or_else(none)
        }
        ItemRow::Field(ItemField::AdviceStance) => {
            it.advice_stance.map(|s| lang.stance(s).to_string()).unwrap_or_else(none)
        }
        ItemRow::Field(ItemField::HasAttachment) => app.t(if it.has_attachment { Ui::Yes } else { Ui::No }).to_string(),
        ItemRow::Field(f) => {
            let text = item_field_text(it, f);
            let n = text.lines().count();
            let first = first_line(&text).to_string();
            if n > 1 {
                format!("{first}  (+{} {})", n - 1, app.t(Ui::MoreLines))
            } else if first.is_empty() {
                String::new()
            } else {
                first
            }
        }
        ItemRow::Part => {
            it.part_id.and_then(|p| view.parts.iter().find(|x| x.id == p)).map(|p| p.title.clone()).unwrap_or_else(none)
        }
        ItemRow::Documents => app.t(Ui::DocumentCount).replacen("{}", &view.documents.to_string(), 1),
    }
}

pub fn draw(app: &App, view: &ItemView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let it = &view.item;
    Line::from(vec![
        Span::styled(format!("{} {}", app.t(Ui::ItemHeading), it.number), theme::title()),
        Span::raw(" · "),
        Span::raw(format!("{} {}", view.meeting_label, app.lang.long_date(&view.meeting_date))),
        if it.treatment_mismatch() { Span::styled("  ⚠", theme::warning()) } else { Span::raw("") },
    ])
    .render_in(Rect { height: 1, ..area }, buf);
    let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
    if body.height == 0 {
        return;
    }
    // All fields when they fit with at least five lines of text below; otherwise half and half.
    let all = ROWS.len() as u16 + 2;
    let list_h = if body.height >= all + 5 { all } else { (body.height / 2).max(1) };
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
                Span::styled(pad(row_label(app.lang, *r), label_w), theme::dim()),
                Span::raw(" "),
                Span::raw(pad(&row_value(app, view, *r), value_w)),
            ])
        })
        .collect();
    rows::render(lines, Some(view.selected), inner, buf);

    if text_area.height == 0 {
        return;
    }
    let editing = app.editor.as_ref().filter(|e| matches!(e.target, EditTarget::Item { id, .. } if id == it.id));
    let row = view.row();
    let title = match (editing, row) {
        (Some(e), _) => match e.target {
            EditTarget::Item { field, .. } => format!("{} — {}", field_label(app.lang, field), app.t(Ui::Editing)),
            _ => String::new(),
        },
        (None, r) => row_label(app.lang, r).to_string(),
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
                app.t(Ui::EmptyEditHint).to_string()
            } else if f == ItemField::TalkingPoints {
                it.talking_points.iter().map(|p| format!("• {p}")).collect::<Vec<_>>().join("\n")
            } else {
                t
            }
        }
        r => row_value(app, view, r),
    };
    Paragraph::new(text).block(block).wrap(Wrap { trim: false }).scroll((view.text_scroll, 0)).render(text_area, buf);
}

impl App {
    fn item_view(&self) -> Option<&ItemView> {
        match self.screen() {
            Screen::Item(v) => Some(v),
            _ => None,
        }
    }

    /// Enter on the item screen: type in text, pick a choice, flip the flag, or open the documents.
    pub(crate) fn edit_item_field(&mut self) {
        let Some(v) = self.item_view() else { return };
        let it = v.item.clone();
        match v.row() {
            ItemRow::Documents => self.open_documents(),
            ItemRow::Part => {
                let mut options = vec![(self.t(Ui::NoPart).to_string(), String::new())];
                options.extend(v.parts.iter().map(|p| (p.title.clone(), p.id.0.to_string())));
                let current = it.part_id.map(|p| p.0.to_string()).unwrap_or_default();
                self.open_picker(self.t(Ui::FieldPart), options, &current, PickPurpose::ItemPart(it.id));
            }
            ItemRow::Field(ItemField::HasAttachment) => {
                let old = item_field_text(&it, ItemField::HasAttachment);
                let new = if it.has_attachment { "0" } else { "1" };
                let r = self.store.set_item_field(it.id, ItemField::HasAttachment, &old, new).map(|_| ());
                self.report(r);
                self.refresh();
            }
            ItemRow::Field(f @ (ItemField::Treatment | ItemField::CoverTreatment)) => {
                let mut options = vec![(self.t(Ui::NotSet).to_string(), String::new())];
                options
                    .extend(Treatment::ALL.iter().map(|t| (self.lang.treatment(*t).to_string(), t.code().to_string())));
                let current = item_field_text(&it, f);
                self.open_picker(field_label(self.lang, f), options, &current, PickPurpose::ItemField(it.id, f));
            }
            ItemRow::Field(ItemField::AdviceStance) => {
                let mut options = vec![(self.t(Ui::NotSet).to_string(), String::new())];
                options.extend(Stance::ALL.iter().map(|s| (self.lang.stance(*s).to_string(), s.code().to_string())));
                let current = item_field_text(&it, ItemField::AdviceStance);
                let label = field_label(self.lang, ItemField::AdviceStance);
                self.open_picker(label, options, &current, PickPurpose::ItemField(it.id, ItemField::AdviceStance));
            }
            ItemRow::Field(f) => self.start_item_editor(&it, f, None),
        }
    }

    /// Opens the in-place editor on a text field; `text` replaces the stored text (a restored draft).
    pub(crate) fn start_item_editor(&mut self, it: &AgendaItem, f: ItemField, text: Option<(String, i64)>) {
        let stored = item_field_text(it, f);
        let (shown, rev) = text.unwrap_or_else(|| (stored.clone(), it.revision));
        let mut ed = FieldEditor::new(EditTarget::Item { id: it.id, field: f }, &shown, &stored, f.is_long_text(), rev);
        if shown != stored {
            ed.changed(std::time::Instant::now());
        }
        self.editor = Some(ed);
    }

    /// L: the earlier items this one probably continues, to link one with Enter.
    pub(crate) fn propose_earlier(&mut self) {
        let Some(v) = self.item_view() else { return };
        let id = v.item.id;
        let proposals = match crate::history::propose_earlier(&self.store, id) {
            Ok(p) => p,
            Err(e) => return self.fail(e),
        };
        if proposals.is_empty() {
            return self.info(self.t(Ui::NoEarlierFound));
        }
        let options = self.proposal_options(&proposals);
        self.open_picker(self.t(Ui::PickEarlier), options, "", PickPurpose::Earlier(id));
    }

    /// Right after `a` made an item: the same choice as L, when there is anything to propose. Enter links,
    /// Esc skips; the item stays made either way. A lookup that fails offers nothing and says nothing: the
    /// item was made, which is what the user asked for.
    pub(crate) fn offer_earlier_for_new(&mut self, id: ItemId) {
        let Ok(proposals) = crate::history::propose_earlier(&self.store, id) else { return };
        if proposals.is_empty() {
            return;
        }
        let options = self.proposal_options(&proposals);
        self.open_picker(self.t(Ui::OfferEarlier), options, "", PickPurpose::EarlierOfNew(id));
    }

    fn proposal_options(&self, proposals: &[crate::history::Proposal]) -> Vec<(String, String)> {
        proposals
            .iter()
            .map(|p| (self.earlier_label(&p.body.name, &p.date, &p.number, &p.title), p.item_id.0.to_string()))
            .collect()
    }

    /// How an earlier treatment is named in a choice: "Stuurgroep MIT 24 maart 2022 · 4 Programmaplan 2022".
    fn earlier_label(&self, body: &str, date: &str, number: &str, title: &str) -> String {
        format!("{body} {} · {number} {title}", self.lang.long_date(date))
    }

    /// The message after linking: a hint at C when the history now holds an annotation to start from (on
    /// the agenda, where C is not, it says to open the item).
    pub(crate) fn linked_message(&self, id: ItemId) -> Ui {
        match crate::history::chain(&self.store, id) {
            Ok(c) if c.steps.iter().any(|s| s.has_annotation) => {
                if matches!(self.screen(), Screen::Item(_)) {
                    Ui::EarlierLinkedCopyHere
                } else {
                    Ui::EarlierLinkedCopy
                }
            }
            _ => Ui::EarlierLinked,
        }
    }

    /// C: the earlier treatments in this item's history that have an annotation, most recent first, to copy
    /// one into this item as a starting point.
    pub(crate) fn offer_annotation_copy(&mut self) {
        let Some(v) = self.item_view() else { return };
        let (id, expected) = (v.item.id, v.item.annotation.clone());
        let chain = match crate::history::chain(&self.store, id) {
            Ok(c) => c,
            Err(e) => return self.fail(e),
        };
        let options: Vec<(String, String)> = chain
            .steps
            .iter()
            .rev()
            .filter(|s| s.has_annotation)
            .map(|s| (self.earlier_label(&s.body.name, &s.date, &s.number, &s.title), s.item_id.0.to_string()))
            .collect();
        if options.is_empty() {
            return self.info(self.t(Ui::NoEarlierAnnotation));
        }
        let purpose = PickPurpose::CopyAnnotation { to: id, expected };
        self.open_picker(self.t(Ui::PickAnnotationSource), options, "", purpose);
    }

    /// Enter in the choice of C: copies, then shows the annotation; each refusal says what happened.
    pub(crate) fn copy_annotation_from(&mut self, from: ItemId, to: ItemId, expected: &str) {
        use crate::history::CopyRefused;
        let result = crate::history::try_copy_annotation(&mut self.store, from, to, expected);
        self.refresh();
        match result {
            Ok(Ok(copied)) => {
                if let Screen::Item(v) = self.screen_mut() {
                    v.select_field(ItemField::Annotation);
                    v.text_scroll = 0;
                }
                let source = self
                    .store
                    .item(from)
                    .and_then(|i| self.store.meeting(i.meeting_id))
                    .map(|m| format!("{} {}", m.body, self.lang.long_date(&m.date)))
                    .unwrap_or_default();
                let msg = if copied.appended { Ui::AnnotationAppended } else { Ui::AnnotationCopied };
                self.info(self.t(msg).replacen("{}", &source, 1));
            }
            Ok(Err(CopyRefused::NothingToCopy)) => self.info(self.t(Ui::AnnotationCopyEmpty)),
            Ok(Err(CopyRefused::AlreadyThere | CopyRefused::SameItem)) => self.info(self.t(Ui::AnnotationCopyThere)),
            Ok(Err(CopyRefused::Changed)) => self.error(self.t(Ui::AnnotationCopyChanged)),
            Err(e) => self.fail(e),
        }
    }

    fn open_picker(&mut self, title: &str, options: Vec<(String, String)>, current: &str, purpose: PickPurpose) {
        let selected = options.iter().position(|(_, v)| v == current).unwrap_or(0);
        self.overlay = Some(Overlay::Picker(Picker { title: title.to_string(), options, selected, purpose }));
    }
}

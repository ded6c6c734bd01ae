//! Keys to commands, per mode: the key table of every screen and overlay, read both to act and to show help.
//! Pure.

use super::command::Command;
use crate::locale::CoverUi;
use crate::locale::DecUi;
use crate::locale::ExportUi;
use crate::locale::ImportFileUi;
use crate::locale::MailUi;
use crate::locale::PolishUi;
use crate::locale::Ui;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What has the keyboard now; decides which table applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Meetings,
    Agenda,
    Item,
    Documents,
    MeetingForm,
    Search,
    Preview,
    ImportText,
    ImportPreview,
    /// A mail read on the import screen, shown for confirmation.
    MailImport,
    Help,
    Confirm,
    Picker,
    DraftOffer,
    CarryOver,
    /// Decisions and action points of one meeting; the action list across meetings; their add/edit form.
    Decisions,
    ActionList,
    /// Typing the words to find in the action list.
    ActionFind,
    EntryForm,
    /// Typing in a field of that form: one line, or a text of several lines.
    EntryLine,
    EntryText,
    /// Typing in a single-line field or prompt.
    EditLine,
    /// Typing in a field of the meeting form: ↓, ↑ and Tab (with nothing to complete) go to the next field.
    FormLine,
    /// Typing in a multi-line text.
    EditText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpec {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn ch(c: char) -> KeySpec {
    KeySpec { code: KeyCode::Char(c), ctrl: false }
}
const fn ctrl(c: char) -> KeySpec {
    KeySpec { code: KeyCode::Char(c), ctrl: true }
}
const fn code(code: KeyCode) -> KeySpec {
    KeySpec { code, ctrl: false }
}

/// One line of a key table: the keys, what they do, the words for help, and whether the status line shows it.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: Vec<KeySpec>,
    pub command: Command,
    pub label: Ui,
    pub status: bool,
}

fn b(keys: &[KeySpec], command: Command, label: Ui, status: bool) -> Binding {
    Binding { keys: keys.to_vec(), command, label, status }
}

const UP: &[KeySpec] = &[ch('k'), code(KeyCode::Up)];
const DOWN: &[KeySpec] = &[ch('j'), code(KeyCode::Down)];
const TOP: &[KeySpec] = &[ch('g'), code(KeyCode::Home)];
const BOTTOM: &[KeySpec] = &[ch('G'), code(KeyCode::End)];
const PGUP: &[KeySpec] = &[code(KeyCode::PageUp)];
const PGDN: &[KeySpec] = &[code(KeyCode::PageDown)];
const ENTER: &[KeySpec] = &[code(KeyCode::Enter)];
const ESC: &[KeySpec] = &[code(KeyCode::Esc)];
const HELP: &[KeySpec] = &[ch('?'), code(KeyCode::F(1))];
const QUIT: &[KeySpec] = &[ch('q')];
const CTRL_C: &[KeySpec] = &[ctrl('c')];

fn moves() -> Vec<Binding> {
    vec![
        b(UP, Command::Up, Ui::KeyUp, false),
        b(DOWN, Command::Down, Ui::KeyDown, false),
        b(TOP, Command::Top, Ui::KeyTop, false),
        b(BOTTOM, Command::Bottom, Ui::KeyBottom, false),
        b(PGUP, Command::PageUp, Ui::KeyPageUp, false),
        b(PGDN, Command::PageDown, Ui::KeyPageDown, false),
    ]
}

/// In a form Tab and Shift-Tab move between the fields, as ↓ and ↑ do.
fn form_tabs() -> Vec<Binding> {
    vec![
        b(&[code(KeyCode::Tab)], Command::Down, Ui::KeyDown, false),
        b(&[code(KeyCode::BackTab)], Command::Up, Ui::KeyUp, false),
    ]
}

fn common() -> Vec<Binding> {
    vec![
        b(HELP, Command::Help, Ui::KeyHelp, true),
        b(&[ch('M')], Command::Messages, Ui::KeyMessages, false),
        b(QUIT, Command::Quit, Ui::KeyQuit, true),
        b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false),
    ]
}

/// The key table of a mode, in the order help lists it.
pub fn bindings(mode: Mode) -> Vec<Binding> {
    let mut v = Vec::new();
    match mode {
        Mode::Meetings => {
            v.extend(moves());
            v.push(b(ENTER, Command::Open, Ui::KeyOpenMeeting, true));
            v.push(b(&[ch('a')], Command::Add, Ui::KeyAddMeeting, true));
            v.push(b(&[ch('I')], Command::Import, Ui::ImportFile(ImportFileUi::KeyNewFromFile), false));
            v.push(b(&[ch('e')], Command::EditMeeting, Ui::KeyEditMeeting, true));
            v.push(b(&[ch('d'), code(KeyCode::Delete)], Command::Delete, Ui::KeyDeleteMeeting, true));
            v.push(b(&[ch('u')], Command::Undo, Ui::KeyUndo, false));
            v.push(b(&[ch('U')], Command::DeletedList, Ui::KeyDeletedList, false));
            v.push(b(&[ch('s')], Command::Status, Ui::KeyStatus, false));
            v.push(b(&[ch('/')], Command::Search, Ui::KeySearch, true));
            v.push(b(&[ch('x')], Command::Export, Ui::KeyExport, false));
            v.push(b(&[ch('p')], Command::Preview, Ui::KeyPreview, false));
            v.push(b(&[ch('A')], Command::ActionList, Ui::Dec(DecUi::KeyActionList), false));
            v.push(b(ESC, Command::Back, Ui::KeyBack, false));
            v.extend(common());
        }
        Mode::Agenda => {
            v.extend(moves());
            v.push(b(ENTER, Command::Open, Ui::KeyOpenItem, true));
            v.push(b(ESC, Command::Back, Ui::KeyBack, true));
            v.push(b(&[code(KeyCode::Tab), code(KeyCode::BackTab)], Command::SwitchPane, Ui::KeySwitchPane, false));
            v.push(b(&[ch('a')], Command::Add, Ui::KeyAddItem, true));
            v.push(b(&[ch('d'), code(KeyCode::Delete)], Command::Delete, Ui::KeyDeleteItem, true));
            v.push(b(&[ch('u')], Command::Undo, Ui::KeyUndo, false));
            v.push(b(&[ch('U')], Command::DeletedList, Ui::KeyDeletedList, false));
            v.push(b(&[ch('s')], Command::Status, Ui::KeyStatus, false));
            v.push(b(&[ch('e')], Command::ExternalEdit, Ui::KeyEditAnnotationExternal, false));
            v.push(b(&[ch('J')], Command::MoveDown, Ui::KeyMoveDown, false));
            v.push(b(&[ch('K')], Command::MoveUp, Ui::KeyMoveUp, false));
            v.push(b(&[ch('>')], Command::Indent, Ui::KeyIndent, false));
            v.push(b(&[ch('<')], Command::Outdent, Ui::KeyOutdent, false));
            v.push(b(&[ch('D')], Command::Documents, Ui::KeyDocuments, false));
            v.push(b(&[ch('n')], Command::RefreshDocument, Ui::KeyNewerVersion, true));
            v.push(b(&[ch('m')], Command::EditMeeting, Ui::KeyEditMeeting, false));
            v.push(b(&[ch('c')], Command::CarryOver, Ui::KeyCarryOver, false));
            v.push(b(&[ch('I')], Command::Import, Ui::KeyImport, false));
            v.push(b(&[ch('/')], Command::Search, Ui::KeySearch, false));
            v.push(b(&[ch('x')], Command::Export, Ui::KeyExport, true));
            v.push(b(&[ch('p')], Command::Preview, Ui::KeyPreview, false));
            v.push(b(&[ch('b')], Command::Decisions, Ui::Dec(DecUi::KeyDecisions), false));
            v.extend(common());
        }
        Mode::Decisions => {
            v.extend(moves());
            v.push(b(
                &[code(KeyCode::Tab), code(KeyCode::BackTab)],
                Command::SwitchPane,
                Ui::Dec(DecUi::KeySwitchTab),
                true,
            ));
            v.push(b(&[ch('a')], Command::Add, Ui::Dec(DecUi::KeyAddEntry), true));
            v.push(b(&[code(KeyCode::Enter), ch('e')], Command::Open, Ui::Dec(DecUi::KeyEditEntry), true));
            v.push(b(&[ch('d'), code(KeyCode::Delete)], Command::Delete, Ui::Dec(DecUi::KeyDeleteDecision), false));
            v.push(b(&[ch('u')], Command::Undo, Ui::Dec(DecUi::KeyUndoDecision), false));
            v.push(b(&[ch('U')], Command::DeletedList, Ui::KeyDeletedList, false));
            v.push(b(&[ch(' '), ch('c')], Command::ToggleDone, Ui::Dec(DecUi::KeyToggleDone), true));
            v.push(b(&[ch('p')], Command::AsProposed, Ui::Cover(CoverUi::KeyAsProposed), false));
            v.push(b(&[ch('P')], Command::EditProposed, Ui::Cover(CoverUi::KeyEditProposed), false));
            v.push(b(&[ch('x')], Command::Export, Ui::Export(ExportUi::KeyExportDecisions), false));
            v.push(b(ESC, Command::Back, Ui::KeyBack, true));
            v.extend(common());
        }
        Mode::ActionList => {
            v.extend(moves());
            v.push(b(&[ch(' '), ch('c')], Command::ToggleDone, Ui::Dec(DecUi::KeyToggleDone), true));
            v.push(b(&[ch('u')], Command::Undo, Ui::Dec(DecUi::KeyTakeBack), false));
            v.push(b(&[ch('/')], Command::Find, Ui::Dec(DecUi::KeyFind), true));
            v.push(b(&[ch('h')], Command::CycleStatus, Ui::Dec(DecUi::KeyCycleStatus), true));
            v.push(b(&[ch('t')], Command::CycleDue, Ui::Dec(DecUi::KeyCycleDue), false));
            v.push(b(&[ch('b')], Command::FilterBody, Ui::Dec(DecUi::KeyPickBody), false));
            v.push(b(&[ch('w')], Command::FilterOwner, Ui::Dec(DecUi::KeyPickOwner), false));
            v.push(b(&[ch('e')], Command::EditEntry, Ui::Dec(DecUi::KeyEditAction), true));
            v.push(b(&[ch('s')], Command::CycleSort, Ui::Dec(DecUi::KeyCycleSort), true));
            v.push(b(&[code(KeyCode::Backspace)], Command::ClearFilters, Ui::Dec(DecUi::KeyClearFilters), false));
            v.push(b(&[ch('r')], Command::Refresh, Ui::Dec(DecUi::KeyRefreshList), false));
            v.push(b(
                &[code(KeyCode::Tab), code(KeyCode::BackTab)],
                Command::SwitchPane,
                Ui::Dec(DecUi::KeyDetailPane),
                false,
            ));
            v.push(b(&[code(KeyCode::Enter)], Command::Open, Ui::Dec(DecUi::KeyJumpAgenda), false));
            v.push(b(&[ch('x')], Command::Export, Ui::Export(ExportUi::KeyExportActionList), false));
            v.push(b(ESC, Command::Back, Ui::KeyBack, true));
            v.extend(common());
        }
        // Typing the words to find: the arrows still move in the list.
        Mode::ActionFind => {
            v.push(b(&[code(KeyCode::Enter)], Command::EditDone, Ui::Dec(DecUi::KeyFindDone), true));
            v.push(b(ESC, Command::Back, Ui::Dec(DecUi::KeyFindClear), true));
            v.push(b(&[code(KeyCode::Up)], Command::Up, Ui::KeyUp, false));
            v.push(b(&[code(KeyCode::Down)], Command::Down, Ui::KeyDown, false));
            v.push(b(PGUP, Command::PageUp, Ui::KeyPageUp, false));
            v.push(b(PGDN, Command::PageDown, Ui::KeyPageDown, false));
            v.push(b(&[code(KeyCode::F(1))], Command::Help, Ui::KeyHelp, false));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::EntryForm => {
            v.extend(moves());
            v.extend(form_tabs());
            v.push(b(&[code(KeyCode::Enter)], Command::Open, Ui::Dec(DecUi::KeyEditFormField), true));
            v.push(b(&[ctrl('s')], Command::Save, Ui::Dec(DecUi::KeySaveEntry), true));
            v.push(b(ESC, Command::Back, Ui::Dec(DecUi::KeyLeaveForm), true));
            v.extend(common());
        }
        // Typing in the form: the field is kept in the form; only Ctrl-S stores the whole entry.
        Mode::EntryLine => {
            v.push(b(
                &[code(KeyCode::Enter), code(KeyCode::Esc)],
                Command::EditDone,
                Ui::Dec(DecUi::KeyFieldDone),
                true,
            ));
            v.push(b(&[ctrl('s')], Command::Save, Ui::Dec(DecUi::KeySaveEntry), true));
            v.push(b(&[code(KeyCode::Tab)], Command::Complete, Ui::Dec(DecUi::KeyCompleteOwner), false));
            v.push(b(&[code(KeyCode::F(1))], Command::Help, Ui::KeyHelp, false));
            v.push(b(&[ctrl('c')], Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::EntryText => {
            v.push(b(&[code(KeyCode::Esc)], Command::EditDone, Ui::Dec(DecUi::KeyFieldDone), true));
            v.push(b(&[ctrl('s')], Command::Save, Ui::Dec(DecUi::KeySaveEntry), true));
            v.push(b(&[code(KeyCode::F(1))], Command::Help, Ui::KeyHelp, false));
            v.push(b(&[ctrl('c')], Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::Item => {
            v.extend(moves());
            v.push(b(ENTER, Command::Open, Ui::KeyEditField, true));
            v.push(b(&[ch('e')], Command::ExternalEdit, Ui::KeyEditExternal, true));
            v.push(b(&[code(KeyCode::Tab), code(KeyCode::BackTab)], Command::SwitchPane, Ui::KeySwitchPaneText, false));
            v.push(b(&[ch('D')], Command::Documents, Ui::KeyDocuments, false));
            v.push(b(&[ch('L')], Command::LinkEarlier, Ui::KeyLinkEarlier, false));
            v.push(b(&[ch('C')], Command::CopyAnnotation, Ui::KeyCopyAnnotation, false));
            v.push(b(&[ch('R')], Command::CoverAsRead, Ui::Cover(CoverUi::KeyAsRead), false));
            v.push(b(ESC, Command::Back, Ui::KeyBack, true));
            v.extend(common());
        }
        Mode::Documents => {
            v.extend(moves());
            v.push(b(&[ch('a')], Command::Add, Ui::KeyAddDocument, true));
            v.push(b(&[ch('o'), code(KeyCode::Enter)], Command::OpenFile, Ui::KeyOpenFile, true));
            v.push(b(&[ch('r')], Command::CycleRole, Ui::KeyCycleRole, false));
            v.push(b(&[ch('n')], Command::RefreshDocument, Ui::KeyRefreshDocument, false));
            v.push(b(&[ch('t')], Command::TakePaper, Ui::KeyTakePaper, false));
            v.push(b(&[ch('b')], Command::SetBaseFolder, Ui::KeyBaseFolder, true));
            v.push(b(&[ch('d'), code(KeyCode::Delete)], Command::Delete, Ui::KeyRemoveDocument, true));
            v.push(b(&[ch('u')], Command::Undo, Ui::Polish(PolishUi::KeyUndoUnlink), false));
            v.push(b(ESC, Command::Back, Ui::KeyBack, true));
            v.extend(common());
        }
        Mode::MeetingForm => {
            v.extend(moves());
            v.extend(form_tabs());
            v.push(b(ENTER, Command::Open, Ui::KeyEditField, true));
            v.push(b(&[ctrl('s')], Command::Save, Ui::KeySaveMeeting, true));
            v.push(b(&[ch('a')], Command::Add, Ui::KeyAddPart, false));
            v.push(b(&[ch('d'), code(KeyCode::Delete)], Command::Delete, Ui::KeyDeletePart, false));
            v.push(b(ESC, Command::Back, Ui::KeyBack, true));
            v.extend(common());
        }
        Mode::Search => {
            v.push(b(&[code(KeyCode::Up)], Command::Up, Ui::KeyUp, false));
            v.push(b(&[code(KeyCode::Down)], Command::Down, Ui::KeyDown, false));
            v.push(b(PGUP, Command::PageUp, Ui::KeyPageUp, false));
            v.push(b(PGDN, Command::PageDown, Ui::KeyPageDown, false));
            v.push(b(ENTER, Command::Open, Ui::KeyJump, true));
            v.push(b(&[code(KeyCode::Tab)], Command::SwitchPane, Ui::KeySearchScope, true));
            v.push(b(&[ctrl('p')], Command::TogglePreview, Ui::KeySearchPreview, true));
            // ? is a letter of the query here; F1 still opens help.
            v.push(b(&[code(KeyCode::F(1))], Command::Help, Ui::KeyHelp, false));
            v.push(b(ESC, Command::Back, Ui::KeyBack, true));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::ImportText => {
            v.push(b(&[ctrl('s')], Command::Save, Ui::KeyImportRead, true));
            v.push(b(&[ctrl('o')], Command::ReadFile, Ui::ImportFile(ImportFileUi::KeyReadFile), true));
            v.push(b(&[code(KeyCode::F(1))], Command::Help, Ui::KeyHelp, false));
            v.push(b(ESC, Command::Back, Ui::KeyBack, true));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::ImportPreview => {
            v.extend(moves());
            v.push(b(ENTER, Command::Open, Ui::KeyImportConfirm, true));
            v.push(b(ESC, Command::Back, Ui::KeyImportEdit, true));
            v.extend(common());
        }
        Mode::MailImport => {
            v.extend(moves());
            v.push(b(ENTER, Command::Open, Ui::Mail(MailUi::KeyImport), true));
            v.push(b(&[ch('b')], Command::EditBody, Ui::Mail(MailUi::KeyBody), true));
            v.push(b(&[ch('d')], Command::EditDate, Ui::Mail(MailUi::KeyDate), true));
            v.push(b(ESC, Command::Back, Ui::Mail(MailUi::KeyCancel), true));
            v.extend(common());
        }
        Mode::Preview => {
            v.extend(moves());
            v.push(b(&[ch('x')], Command::Export, Ui::KeyExport, true));
            v.push(b(&[ch('m'), code(KeyCode::Tab)], Command::SwitchPane, Ui::Export(ExportUi::KeyShowMarkdown), true));
            v.push(b(ESC, Command::Back, Ui::KeyBack, true));
            v.extend(common());
        }
        Mode::Help => {
            v.extend(moves());
            v.push(b(
                &[code(KeyCode::Esc), ch('?'), ch('q'), code(KeyCode::Enter), code(KeyCode::F(1))],
                Command::Back,
                Ui::KeyCloseHelp,
                true,
            ));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::Confirm => {
            v.push(b(&[ch('j'), ch('y'), code(KeyCode::Enter)], Command::Yes, Ui::KeyYes, true));
            v.push(b(&[ch('n'), code(KeyCode::Esc), ch('q')], Command::No, Ui::KeyNo, true));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::Picker => {
            v.extend(moves());
            v.push(b(ENTER, Command::Yes, Ui::KeyPick, true));
            v.push(b(ESC, Command::No, Ui::KeyCancel, true));
            v.push(b(HELP, Command::Help, Ui::KeyHelp, false));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::CarryOver => {
            v.extend(moves());
            v.push(b(&[ch(' ')], Command::Toggle, Ui::KeyToggle, true));
            v.push(b(ENTER, Command::Yes, Ui::KeyCarry, true));
            v.push(b(ESC, Command::No, Ui::KeyLater, true));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::DraftOffer => {
            v.extend(moves());
            v.push(b(&[code(KeyCode::Enter), ch('r')], Command::Yes, Ui::KeyRestoreDraft, true));
            v.push(b(&[ch('d')], Command::Discard, Ui::KeyDiscardDraft, true));
            v.push(b(&[code(KeyCode::Esc)], Command::No, Ui::KeyLater, true));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::EditLine => {
            v.push(b(&[code(KeyCode::Enter)], Command::EditDone, Ui::KeyEditDone, true));
            v.push(b(&[code(KeyCode::Esc)], Command::Back, Ui::KeyEditLeave, true));
            v.push(b(&[code(KeyCode::Tab)], Command::Complete, Ui::KeyComplete, false));
            v.push(b(&[ctrl('s')], Command::Save, Ui::KeySaveMeeting, false));
            v.push(b(&[code(KeyCode::F(1))], Command::Help, Ui::KeyHelp, false));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::FormLine => {
            v.push(b(&[code(KeyCode::Enter)], Command::EditDone, Ui::KeyEditDone, true));
            v.push(b(&[code(KeyCode::Esc)], Command::Back, Ui::KeyEditLeave, true));
            v.push(b(&[code(KeyCode::Down)], Command::Down, Ui::Polish(PolishUi::KeyNextField), true));
            v.push(b(
                &[code(KeyCode::Up), code(KeyCode::BackTab)],
                Command::Up,
                Ui::Polish(PolishUi::KeyPrevField),
                false,
            ));
            v.push(b(&[code(KeyCode::Tab)], Command::Complete, Ui::Polish(PolishUi::KeyCompleteOrNext), false));
            v.push(b(&[ctrl('s')], Command::Save, Ui::KeySaveMeeting, false));
            v.push(b(&[code(KeyCode::F(1))], Command::Help, Ui::KeyHelp, false));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::EditText => {
            v.push(b(&[code(KeyCode::Esc), ctrl('s')], Command::EditDone, Ui::KeyEditDoneText, true));
            v.push(b(&[ctrl('e')], Command::ExternalEdit, Ui::KeyEditExternal, true));
            v.push(b(&[code(KeyCode::F(1))], Command::Help, Ui::KeyHelp, false));
            v.push(b(CTRL_C, Command::ForceQuit, Ui::KeyForceQuit, false));
        }
    }
    v
}

fn matches(spec: &KeySpec, key: &KeyEvent) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if key.modifiers.contains(KeyModifiers::ALT) || ctrl != spec.ctrl {
        return false;
    }
    match (spec.code, key.code) {
        // Ctrl-letters arrive in either case depending on the terminal.
        (KeyCode::Char(a), KeyCode::Char(b)) if spec.ctrl => a.eq_ignore_ascii_case(&b),
        (a, b) => a == b,
    }
}

/// The action of a key in a mode. While typing, keys without a binding are text.
pub fn command_for(mode: Mode, key: KeyEvent) -> Option<Command> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if let Some(found) = bindings(mode).into_iter().find(|bd| bd.keys.iter().any(|s| matches(s, &key))) {
        return Some(found.command);
    }
    match mode {
        Mode::EditLine
        | Mode::FormLine
        | Mode::EditText
        | Mode::Search
        | Mode::EntryLine
        | Mode::EntryText
        | Mode::ImportText
        | Mode::ActionFind => Some(Command::Input(key)),
        _ => None,
    }
}

/// How a key is written in help and the status line.
pub fn key_label(spec: &KeySpec) -> String {
    let base = match spec.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "S-Tab".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if spec.ctrl {
        format!("Ctrl-{}", base.to_uppercase())
    } else {
        base
    }
}

pub fn keys_label(keys: &[KeySpec]) -> String {
    keys.iter().map(key_label).collect::<Vec<_>>().join("/")
}

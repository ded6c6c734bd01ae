//! What a key asks for, independent of the key (its intent): keymap.rs produces these, the screen on top acts on them.

use crossterm::event::KeyEvent;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Open,
    Back,
    SwitchPane,
    /// The search's preview of the selected hit, on or off.
    TogglePreview,
    Add,
    Delete,
    Undo,
    /// The list of deleted things, to restore one by choice.
    DeletedList,
    /// The meeting's status: in voorbereiding, verstuurd, gehouden.
    Status,
    /// The messages shown on the status line so far, whole.
    Messages,
    ExternalEdit,
    MoveUp,
    MoveDown,
    Indent,
    Outdent,
    Help,
    Quit,
    /// Ctrl-C: quits from anywhere, even while typing, keeping the text.
    ForceQuit,
    /// Meeting details (the form) from the meetings list or the agenda.
    EditMeeting,
    /// Documents of the item from the agenda or item screen.
    Documents,
    /// Documents screen: open the file with the system opener.
    OpenFile,
    /// Documents screen: set the base folder for relative paths.
    SetBaseFolder,
    /// Documents screen: next role (bijlage, oplegger, achtergrond).
    CycleRole,
    /// Documents screen: link the newer version, or record the changed file's facts.
    RefreshDocument,
    /// Documents screen: put a paper of the meeting as a whole (from a mail) with this item.
    TakePaper,
    /// Item screen: link an earlier treatment of the same topic (proposed by the history module).
    LinkEarlier,
    /// Item screen: back to what the cover note says (the by-hand corrections dropped).
    CoverAsRead,
    /// Decisions screen: record an item's proposed decision as the decision, or open it in the form first.
    AsProposed,
    EditProposed,
    /// Item screen: copy the annotation of an earlier treatment in the item's history as a starting point.
    CopyAnnotation,
    /// Carry-over offer: pick or unpick the line.
    Toggle,
    /// Agenda: offer the postponed items and open actions of the body's earlier meetings.
    CarryOver,
    /// Meeting form: create the meeting (Ctrl-S or Enter on the button).
    Save,
    Yes,
    No,
    /// Draft offer: throw the draft away.
    Discard,
    /// Text editing: finish and keep the text.
    EditDone,
    /// Prompt: complete the path under the cursor.
    Complete,
    /// A key for the text being edited.
    Input(KeyEvent),
    /// `/`: the search screen.
    Search,
    /// `I` on the agenda: paste an agenda text to import.
    Import,
    /// Import screen Ctrl-O: a file to read instead of a paste.
    ReadFile,
    /// `x`: write the annotation memo.
    Export,
    /// `p`: the memo as it will be written.
    Preview,
    /// Bracketed paste.
    Paste(String),
    /// The terminal changed size: redraw.
    Resize,
    /// `b` on the agenda: the meeting's decisions and action points.
    Decisions,
    /// `A` on the meetings list: open action points across meetings.
    ActionList,
    /// Space / `c`: close or reopen the selected action point.
    ToggleDone,
    /// Action list `h`: the status shown (open → te laat → afgehandeld → alle).
    CycleStatus,
    /// Action list `t`: the deadline filter (this week → this month → passed → any).
    CycleDue,
    /// Action list `s`: the order (deadline → code → owner → meeting).
    CycleSort,
    /// Action list `b` / `w`: choose the body / the owner shown.
    FilterBody,
    FilterOwner,
    /// Action list `/`: type words to find in the list.
    Find,
    /// Action list Backspace: every filter back to the default (the open ones).
    ClearFilters,
    /// Action list `r`: read the list again; the actions closed meanwhile leave the view.
    Refresh,
    /// Action list `e`: the selected action point in the entry form.
    EditEntry,
    /// The mail import: correct the body or the date proposed.
    EditBody,
    EditDate,
}

//! Points a new user found walking through the screens (/work/walk/FINDINGS.md, F-numbers): each test
//! fails without its fix.

mod tui_support;
use annoteer::domain::{ItemDraft, MeetingDraft};
use annoteer::locale::Lang;
use annoteer::store::{Placement, Store};
use annoteer::tui::app::App;
use crossterm::event::KeyCode;
use tui_support::*;

/// A meeting of five items, the first of which is in "Deel 1: Reguliere Stuurgroep"; the app on its agenda.
fn agenda_with_a_part() -> App {
    let mut s = Store::open_in_memory().unwrap();
    let m = s
        .create_meeting(&MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2026-12-10".into(),
            ..Default::default()
        })
        .unwrap();
    let part = s.add_part(m, "Deel 1: Reguliere Stuurgroep").unwrap();
    for (i, title) in ["Opening", "Verslag", "Effectmeting", "Rondvraag", "Sluiting"].iter().enumerate() {
        let draft = ItemDraft { title: title.to_string(), ..Default::default() };
        s.add_item(m, Placement::End { parent: None }, (i == 0).then_some(part), &draft).unwrap();
    }
    let mut app = App::new(s, Lang::Nl);
    press(&mut app, KeyCode::Enter);
    app
}

/// F30: items in no part after a part's items stand under "Overige agendapunten" on the screen, as in the memo.
#[test]
fn items_in_no_part_are_not_shown_under_the_part_above() {
    let app = agenda_with_a_part();
    let shown = screen(&app, 120, 30);
    let at = |needle: &str| shown.find(needle).unwrap_or_else(|| panic!("{needle} missing:\n{shown}"));
    assert!(at("Deel 1: Reguliere Stuurgroep") < at("Opening"));
    assert!(at("Opening") < at("Overige agendapunten"), "{shown}");
    assert!(at("Overige agendapunten") < at("Verslag"), "{shown}");
    let memo = annoteer::memo::render_memo(&app.store.meeting_record(agenda(&app).meeting_id).unwrap());
    assert!(memo.contains("# Overige agendapunten"), "the memo says the same: {memo}");
}

/// An empty meeting of the Stuurgroep MIT, the app on its agenda.
fn empty_agenda() -> App {
    let mut s = Store::open_in_memory().unwrap();
    s.create_meeting(&MeetingDraft { body: "Stuurgroep MIT".into(), date: "2026-12-10".into(), ..Default::default() })
        .unwrap();
    let mut app = App::new(s, Lang::Nl);
    press(&mut app, KeyCode::Enter);
    app
}

/// F20: after moving imported items, `u` says it would undo the whole import and asks; only yes does it.
#[test]
fn u_after_moving_imported_items_asks_before_undoing_the_import() {
    let mut app = empty_agenda();
    type_text(&mut app, "I");
    app.handle_command(annoteer::tui::command::Command::Paste(
        "1. Opening\n2. Verslag\n3. Effectmeting\n4. Rondvraag\n5. Sluiting\n".into(),
    ));
    app.handle_key(ctrl('s'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(agenda(&app).record.items.len(), 5);
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    type_text(&mut app, ">");
    let moved = numbered_titles(&app);
    assert_ne!(moved[2], "3 Effectmeting", "indented: {moved:?}");
    type_text(&mut app, "u");
    let shown = screen(&app, 120, 30);
    assert!(matches!(app.overlay, Some(annoteer::tui::overlays::Overlay::Confirm(_))), "{shown}");
    assert!(shown.contains("hele importeren ongedaan"), "{shown}");
    assert_eq!(agenda(&app).record.items.len(), 5, "nothing undone before the answer");
    type_text(&mut app, "n");
    assert_eq!(numbered_titles(&app), moved, "no: the agenda stays as it is");
    type_text(&mut app, "u");
    type_text(&mut app, "j");
    assert!(agenda(&app).record.items.is_empty(), "yes: the import is undone");
}

/// Right after an import, `u` still takes it back at once, as its message promises.
#[test]
fn u_right_after_an_import_undoes_it_without_a_question() {
    let mut app = empty_agenda();
    type_text(&mut app, "I");
    app.handle_command(annoteer::tui::command::Command::Paste("1. Opening\n2. Sluiting\n".into()));
    app.handle_key(ctrl('s'));
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "u");
    assert!(app.overlay.is_none());
    assert!(agenda(&app).record.items.is_empty());
}

fn form(app: &App) -> &annoteer::tui::screens::FormView {
    match app.screen() {
        annoteer::tui::app::Screen::MeetingForm(f) => f,
        _ => panic!("not on the meeting form"),
    }
}

fn typing_in(app: &App) -> Option<annoteer::tui::screens::MeetingField> {
    match app.editor.as_ref()?.target {
        annoteer::tui::editor::EditTarget::Meeting { field, .. } => Some(field),
        _ => None,
    }
}

/// F3: on a new database, Tab in Gremium with nothing to complete goes on to Datum, and the date typed
/// next lands there, not in Gremium.
#[test]
fn tab_in_the_body_with_nothing_to_complete_goes_to_the_next_field() {
    use annoteer::tui::screens::MeetingField;
    let mut app = empty_app();
    type_text(&mut app, "a");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Stuurgroep MIT");
    press(&mut app, KeyCode::Tab);
    assert_eq!(typing_in(&app), Some(MeetingField::Date), "{:?}", app.status);
    type_text(&mut app, "10 december 2026");
    press(&mut app, KeyCode::Down);
    assert_eq!(typing_in(&app), Some(MeetingField::Time));
    assert_eq!(form(&app).draft.body, "Stuurgroep MIT");
    assert_eq!(form(&app).draft.date, "2026-12-10");
    press(&mut app, KeyCode::Up);
    assert_eq!(typing_in(&app), Some(MeetingField::Date), "↑ goes back a field");
}

/// F17: the body filled in from last time is replaced by what is typed, not added to; a cursor key keeps
/// it to edit; at the question about a new body ↓ confirms it and goes on.
#[test]
fn a_prefilled_body_is_replaced_and_down_confirms_a_new_one() {
    use annoteer::tui::screens::MeetingField;
    let mut app = demo_app(Lang::Nl);
    app.store.set_setting("tui.last_body", "Stuurgroep MIT").unwrap();
    type_text(&mut app, "a");
    press(&mut app, KeyCode::Enter);
    let prefilled = app.editor.as_ref().unwrap().text();
    assert_eq!(prefilled, "Stuurgroep MIT", "the body of last time is filled in");
    press(&mut app, KeyCode::Left);
    type_text(&mut app, "X");
    let mut edited = prefilled.clone();
    edited.insert(prefilled.len() - 1, 'X');
    assert_eq!(app.editor.as_ref().unwrap().text(), edited, "a cursor key keeps the text to edit");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc); // the question about the new body, then it is taken: back to the value
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Korpsleidingsoverleg");
    assert_eq!(app.editor.as_ref().unwrap().text(), "Korpsleidingsoverleg", "typed over, not appended");
    press(&mut app, KeyCode::Down);
    assert!(app.status.as_ref().unwrap().text.starts_with("Nieuw gremium 'Korpsleidingsoverleg'?"));
    assert_eq!(typing_in(&app), Some(MeetingField::Body), "asked first");
    press(&mut app, KeyCode::Down);
    assert_eq!(typing_in(&app), Some(MeetingField::Date), "↓ again confirms and moves on");
    assert_eq!(form(&app).draft.body, "Korpsleidingsoverleg");
}

/// F18: F1 while typing shows the keys of the field (Ctrl-U, Ctrl-Z, Ctrl-E, Esc), and closing it goes
/// back to the text; F1 in a choice shows the choice's keys and goes back to the choice.
#[test]
fn f1_in_a_field_or_a_choice_shows_its_keys() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter); // item 4
    press(&mut app, KeyCode::End);
    for _ in 0..3 {
        press(&mut app, KeyCode::Up);
    }
    press(&mut app, KeyCode::Enter); // Notities
    type_text(&mut app, " Waarom?");
    let typed = app.editor.as_ref().expect("typing").text();
    press(&mut app, KeyCode::F(1));
    let shown = screen(&app, 120, 40);
    for keys in ["Ctrl-U", "Ctrl-Z", "Ctrl-E", "Esc"] {
        assert!(shown.contains(keys), "{keys} in the help:\n{shown}");
    }
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert_eq!(app.editor.as_ref().expect("still typing").text(), typed);
    press(&mut app, KeyCode::Esc);

    // The Behandeling choice.
    press(&mut app, KeyCode::Home);
    let Some(_) = (0..20).find(|_| {
        let on = matches!(app.screen(), annoteer::tui::app::Screen::Item(v)
            if v.row() == annoteer::tui::screens::item::ItemRow::Field(annoteer::domain::ItemField::Treatment));
        if !on {
            press(&mut app, KeyCode::Down);
        }
        on
    }) else {
        panic!("no Behandeling row")
    };
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(annoteer::tui::overlays::Overlay::Picker(_))));
    press(&mut app, KeyCode::F(1));
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("Enter") && shown.contains("Esc"), "{shown}");
    assert!(matches!(app.overlay, Some(annoteer::tui::overlays::Overlay::HelpOver(_))));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.overlay, Some(annoteer::tui::overlays::Overlay::Picker(_))), "back in the choice");
}

/// F1, F9, F32: the meetings list says "1 stuk ontbreekt", no "0 zonder advies", a separator before the
/// status, and keeps each date's year on a narrow terminal.
#[test]
fn the_meetings_list_reads_as_sentences_and_keeps_the_year() {
    let mut s = Store::open_in_memory().unwrap();
    let m = s
        .create_meeting(&MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2026-12-10".into(),
            ..Default::default()
        })
        .unwrap();
    let draft = ItemDraft { title: "Effectmeting".into(), has_attachment: true, ..Default::default() };
    let item = s.add_item(m, Placement::End { parent: None }, None, &draft).unwrap();
    let old = s.item(item).unwrap();
    s.set_item_field(item, annoteer::domain::ItemField::AdviceStance, "", "akkoord").unwrap();
    let _ = old;
    let app = App::new(s, Lang::Nl);
    let wide = screen(&app, 140, 10);
    assert!(wide.contains("⚠ 1 stuk ontbreekt"), "{wide}");
    assert!(!wide.contains("0 zonder advies"), "{wide}");
    assert!(wide.contains("· in voorbereiding"), "{wide}");
    let narrow = screen(&app, 60, 10);
    assert!(narrow.contains("2026"), "the year stays at 60 columns:\n{narrow}");
}

const OPLEGGER: &str = "Oplegger HASG\nDoel\tTer informatie\nKernpunten\tDrie stappen.\n\
Gevraagd besluit\t1. Kennis te nemen van het voorstel;\n\t2. Het PGT te vragen de nulmeting uit te voeren.\n";

fn docs(app: &App) -> &annoteer::tui::screens::DocsView {
    match app.screen() {
        annoteer::tui::app::Screen::Documents(v) => v,
        _ => panic!("not on the documents"),
    }
}

/// F5: a paper linked by hand whose name says "Oplegger" is linked as oplegger, as the mail import does.
/// F33: removing a link here can be undone with u, role and the cover note's reading (edited) included.
#[test]
fn an_oplegger_is_known_by_its_name_and_an_unlink_is_undone_with_u() {
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("Oplegger effectmeting v1.0.txt");
    std::fs::write(&paper, OPLEGGER).unwrap();
    let mut app = agenda_with_a_part();
    press(&mut app, KeyCode::Enter); // item 1
    type_text(&mut app, "D");
    type_text(&mut app, "a");
    type_text(&mut app, paper.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    assert_eq!(docs(&app).docs.len(), 1, "{:?}", app.status);
    assert_eq!(docs(&app).docs[0].0.role, annoteer::domain::DocRole::Oplegger);
    let item = docs(&app).item_id;
    let note = app.store.cover_note(item).unwrap().expect("the oplegger was read");
    // The adviser corrected the reading by hand.
    let field = annoteer::domain::CoverField::Summary;
    app.store.set_cover_text(item, field, &note.summary, "Met de hand verbeterd.").unwrap();

    type_text(&mut app, "d");
    type_text(&mut app, "j");
    assert!(docs(&app).docs.is_empty());
    assert!(app.status.as_ref().unwrap().text.contains("toets u om haar terug te zetten"), "{:?}", app.status);
    type_text(&mut app, "u");
    assert_eq!(docs(&app).docs.len(), 1, "{:?}", app.status);
    assert_eq!(docs(&app).docs[0].0.role, annoteer::domain::DocRole::Oplegger);
    assert_eq!(app.store.cover_note(item).unwrap().unwrap().summary, "Met de hand verbeterd.");
    assert!(app.status.as_ref().unwrap().text.starts_with("Koppeling teruggezet"), "{:?}", app.status);
    type_text(&mut app, "u");
    assert!(app.status.as_ref().unwrap().text.contains("geen koppeling verwijderd"), "{:?}", app.status);
}

/// F21: n on an empty agenda says why nothing happens.
#[test]
fn n_on_an_empty_agenda_says_why() {
    let mut app = empty_agenda();
    type_text(&mut app, "n");
    let said = app.status.as_ref().map(|s| s.text.clone()).unwrap_or_default();
    assert!(said.contains("nog geen punten"), "{said:?}");
}

/// F8: a deadline naming a day that cannot be ("31 november") is refused as a wrong weekday is, and the
/// form stays open on it; words that name no day ("z.s.m.") are still kept as words.
#[test]
fn an_impossible_deadline_day_is_refused_at_the_field() {
    use annoteer::tui::screens::entry_form::EntryField;
    fn form_mut(app: &mut App) -> &mut annoteer::tui::screens::entry_form::EntryForm {
        match app.screen_mut() {
            annoteer::tui::app::Screen::EntryForm(f) => f,
            _ => panic!("not on the form"),
        }
    }
    fn typing_in(app: &mut App, field: EntryField, text: &str) {
        form_mut(app).select_field(field);
        press(app, KeyCode::Enter);
        type_text(app, text);
        press(app, KeyCode::Esc);
    }
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let before = app.store.action_list(true).unwrap().len();
    type_text(&mut app, "b");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "a");
    typing_in(&mut app, EntryField::Text, "Nulmeting uitvoeren");
    typing_in(&mut app, EntryField::Deadline, "31 november");
    app.handle_key(ctrl('s'));
    let said = app.status.as_ref().unwrap();
    assert!(said.error && said.text.contains("31 november") && said.text.contains("bestaat niet"), "{}", said.text);
    assert!(matches!(app.screen(), annoteer::tui::app::Screen::EntryForm(_)), "the form stays open");
    assert_eq!(app.store.action_list(true).unwrap().len(), before, "nothing stored");
    form_mut(&mut app).select_field(EntryField::Deadline);
    press(&mut app, KeyCode::Enter);
    app.handle_key(ctrl('u'));
    type_text(&mut app, "z.s.m.");
    press(&mut app, KeyCode::Esc);
    app.handle_key(ctrl('s'));
    assert_eq!(app.store.action_list(true).unwrap().len(), before + 1, "{:?}", app.status);
}

/// F10: the earlier treatment linked with L shows on the item screen (an "Eerder" row), and Enter there
/// unlinks it.
#[test]
fn the_earlier_treatment_shows_on_the_item_and_can_be_unlinked() {
    use annoteer::tui::app::Screen;
    use annoteer::tui::screens::item::ItemRow;
    let mut app = demo_app(Lang::Nl);
    let m = app.store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let id = app.store.agenda(m).unwrap()[3].id;
    let other = app.store.meetings().unwrap().into_iter().find(|x| x.date.as_str() < "2022-03-24").unwrap().id;
    let earlier = app.store.agenda(other).unwrap()[0].id;
    app.store.link_earlier(id, earlier, "").unwrap();
    open_sg_24_march(&mut app);
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let linked = app.store.earlier_items(id).unwrap();
    assert!(!linked.is_empty());
    let Some(_) = (0..20).find(|_| {
        let on = matches!(app.screen(), Screen::Item(v) if v.row() == ItemRow::Earlier);
        if !on {
            press(&mut app, KeyCode::Down);
        }
        on
    }) else {
        panic!("no Eerder row")
    };
    let shown = screen(&app, 140, 40);
    assert!(shown.contains("Eerder") && shown.contains(&linked[0].title), "{shown}");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.earlier_items(id).unwrap().len(), linked.len() - 1, "{:?}", app.status);
    assert!(app.status.as_ref().unwrap().text.starts_with("Ontkoppeld"));
}

/// F32: on a narrow terminal the documents list gives the file name the room; size and date go first.
#[test]
fn the_documents_list_keeps_the_file_name_on_a_narrow_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("Voorstel effectmeting v6.0.docx");
    std::fs::write(&paper, b"x").unwrap();
    let mut app = agenda_with_a_part();
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "D");
    type_text(&mut app, "a");
    type_text(&mut app, paper.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    let narrow = screen(&app, 60, 20);
    assert!(narrow.contains("Voorstel effectmeting v6.0.docx"), "{narrow}");
    let wide = screen(&app, 140, 20);
    assert!(
        wide.contains("Voorstel effectmeting v6.0.docx") && wide.contains(" B "),
        "size shown when there is room: {wide}"
    );
}

/// F4: in the talking points a plain first line leads in, lines starting with "- " are the bullets, on
/// the agenda and in the memo alike.
#[test]
fn a_plain_first_talking_point_leads_in_to_the_bullets() {
    let mut app = agenda_with_a_part();
    let item = agenda(&app).record.items[0].item.clone();
    let typed = "Mocht er een gesprek ontstaan:\n- nulmeting vóór de zomer\n- capaciteit PGT bewaken";
    let old = annoteer::store::field_text(&item, annoteer::domain::ItemField::TalkingPoints);
    app.store.set_item_field(item.id, annoteer::domain::ItemField::TalkingPoints, &old, typed).unwrap();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc); // back on the agenda, reloaded
    let shown = screen(&app, 140, 40);
    assert!(shown.contains("Mocht er een gesprek ontstaan:") && !shown.contains("• Mocht"), "{shown}");
    assert!(shown.contains("• nulmeting vóór de zomer") && !shown.contains("• - "), "{shown}");
    let memo = annoteer::memo::render_memo(&app.store.meeting_record(agenda(&app).meeting_id).unwrap());
    assert!(!memo.contains("- Mocht er een gesprek"), "{memo}");
    assert!(
        memo.contains("Mocht er een gesprek ontstaan:\n\n- nulmeting vóór de zomer\n- capaciteit PGT bewaken"),
        "{memo}"
    );
}

/// F37: the item being typed in is deleted in another window. Esc must not be a dead end: the field
/// closes, the text is kept as a draft, the screen goes back to the agenda and says what happened in
/// Dutch; the draft comes back when the item is restored and its field opened.
#[test]
fn typing_in_an_item_deleted_elsewhere_keeps_the_text_and_leads_back() {
    use annoteer::tui::app::Screen;
    use annoteer::tui::screens::item::ItemRow;
    let mut app = demo_app(Lang::Nl);
    let m = app.store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let id = app.store.agenda(m).unwrap()[3].id;
    open_sg_24_march(&mut app);
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let found = (0..20).any(|_| {
        let on = matches!(app.screen(), Screen::Item(v) if v.row() == ItemRow::Field(annoteer::domain::ItemField::Annotation));
        if !on {
            press(&mut app, KeyCode::Down);
        }
        on
    });
    assert!(found, "no Annotatie row");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, " LAATSTE ZIN.");
    // The other window.
    app.store.delete_item(id).unwrap();
    press(&mut app, KeyCode::Esc);
    assert!(app.editor.is_none(), "Esc leaves the field");
    assert!(matches!(app.screen(), Screen::Agenda(_)), "back on the agenda, not on a deleted item");
    let said = &app.status.as_ref().unwrap().text;
    assert!(said.contains("elders verwijderd") && said.contains("concept bewaard"), "{said}");
    assert!(!said.contains(&id.0.to_string()), "no database id in the message: {said}");
    let drafts = app.store.drafts().unwrap();
    assert!(drafts.iter().any(|d| d.text.ends_with("LAATSTE ZIN.")), "the text is kept: {drafts:?}");
}

/// F40: at 80x24 the annotation is typed in a window of most of the screen, not of three lines.
#[test]
fn a_long_text_is_typed_in_most_of_a_small_screen() {
    use annoteer::tui::app::Screen;
    use annoteer::tui::screens::item::ItemRow;
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    press(&mut app, KeyCode::Enter);
    let found = (0..20).any(|_| {
        let on = matches!(app.screen(), Screen::Item(v) if v.row() == ItemRow::Field(annoteer::domain::ItemField::Annotation));
        if !on {
            press(&mut app, KeyCode::Down);
        }
        on
    });
    assert!(found, "no Annotatie row");
    press(&mut app, KeyCode::Enter);
    assert!(app.editor.is_some());
    let shown = screen(&app, 80, 24);
    let lines: Vec<&str> = shown.lines().collect();
    let top = lines.iter().position(|l| l.contains("Annotatie — typen")).expect(&shown);
    let bottom = lines.iter().skip(top + 1).position(|l| l.contains('└')).expect(&shown);
    assert!(bottom >= 12, "{bottom} lines to type in at 80x24:\n{shown}");
    assert!(shown.contains("Annotatie "), "the field typed in stays in sight in the list:\n{shown}");
}

/// Walk-through G21: `n` on an item without papers says so, not "Dit document is niet gewijzigd".
#[test]
fn n_on_an_item_without_papers_says_there_are_none() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let found = (0..30).any(|_| {
        let empty = agenda(&app).selected_record().is_some_and(|r| r.documents.is_empty());
        if !empty {
            press(&mut app, KeyCode::Down);
        }
        empty
    });
    assert!(found, "an item without papers");
    type_text(&mut app, "n");
    let said = &app.status.as_ref().unwrap().text;
    assert!(said.starts_with("Bij dit punt zijn geen stukken gekoppeld"), "{said}");
}

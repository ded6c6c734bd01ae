//! Every refusal of the command line in the user's language: Dutch with `--lang nl` (and by default), English
//! with `--lang en`; one sentence on stderr, nothing on stdout, and the database and the folder unchanged.

mod common;

use common::{file_hash, listing, stderr, stdout, Sandbox};

struct Case {
    args: Vec<String>,
    nl: String,
    en: String,
}

fn case(args: &[&str], nl: &str, en: &str) -> Case {
    Case { args: args.iter().map(|a| a.to_string()).collect(), nl: nl.into(), en: en.into() }
}

fn cases(sb: &Sandbox) -> Vec<Case> {
    let db = sb.path("demo.db");
    let db = db.to_str().unwrap().to_string();
    let d = db.as_str();
    let agenda = format!("{}/tests/fixtures/agenda_stuurgroep_2022-03-24.txt", env!("CARGO_MANIFEST_DIR"));
    let no_items = sb.path("geen-agenda.txt");
    std::fs::write(&no_items, "Beste collega's,\n\nhierbij de stukken.\n").unwrap();
    let no_items = no_items.to_str().unwrap().to_string();
    let no_list = sb.path("geen-lijst.csv");
    std::fs::write(&no_list, "naam,leeftijd\nJan,40\n").unwrap();
    let no_list = no_list.to_str().unwrap().to_string();
    let not_docx = sb.path("huisstijl.docx");
    std::fs::write(&not_docx, "geen zip").unwrap();
    let not_docx = not_docx.to_str().unwrap().to_string();
    let missing_folder = sb.path("nergens/memo.md");
    let missing_folder = missing_folder.to_str().unwrap().to_string();
    let nowhere = sb.path("nergens");
    let nowhere = nowhere.display().to_string();
    vec![
        case(
            &["--db", d, "export", "1", "-o", "memo.md", "--format", "docx"],
            "--format docx past niet bij de bestandsnaam memo.md; geef een bestand dat op .docx eindigt (er is niets geschreven)",
            "--format docx does not fit the file name memo.md; give a file ending in .docx (nothing was written)",
        ),
        case(
            &["--db", d, "export", "1", "-o", d],
            &format!("{d} is de database; geef een ander bestand voor het memo (er is niets geschreven)"),
            &format!("{d} is the database; give another file for the memo (nothing was written)"),
        ),
        case(
            &["--db", d, "export", "1", "--template", &not_docx],
            "--template geeft een Word-document zijn stijlen; het werkt alleen bij een .docx-export",
            "--template gives a Word document its styles; it needs a .docx export",
        ),
        case(
            &["--db", d, "export", "1", "-o", "memo.docx", "--template", &not_docx],
            &format!("het sjabloon {not_docx} is geen Word-document (.docx of .dotx); er is niets geschreven"),
            &format!("the template {not_docx} is not a Word document (.docx or .dotx); nothing was written"),
        ),
        case(
            &["--db", d, "export", "1", "-o", &missing_folder],
            &format!("de map {nowhere} bestaat niet; het memo is niet geschreven"),
            &format!("the directory {nowhere} does not exist; the memo was not written"),
        ),
        case(
            &["--db", d, "import", "agenda", &agenda, "--body", "Stuurgroep MIT", "--date", "24-03-2022"],
            "er is al een vergadering van Stuurgroep MIT op 24 maart 2022 (id 1); gebruik --again om er nog een \
             te maken, of `annoteer show 1` om haar te zien (er is niets ingelezen)",
            "there is already a meeting of Stuurgroep MIT on 2022-03-24 (id 1); use --again to make another one, \
             or `annoteer show 1` to see it (nothing was imported)",
        ),
        case(
            &["--db", d, "import", "agenda", &no_items, "--body", "KLO", "--date", "2026-12-10"],
            &format!(
                "{no_items} bevat geen agendapunten (geen genummerde regels zoals \"1. Opening\"); er is geen \
                 vergadering gemaakt"
            ),
            &format!(
                "{no_items} holds no agenda items (no numbered lines such as \"1. Opening\"); no meeting was created"
            ),
        ),
        case(
            &["--db", d, "import", "decisions", &no_list, "--body", "KLO"],
            &format!("{no_list}: geen besluitenlijst gevonden: verwacht werd een kopregel"),
            &format!("{no_list}: no decision list found: expected a header row"),
        ),
        case(
            &["--db", d, "search", "year:22"],
            "year:22: geef een jaar van vier cijfers, zoals jaar:2022",
            "year:22: give a year of four digits, as in year:2022",
        ),
        case(
            &["--db", d, "search", "soort:notulen"],
            "soort:notulen: de soorten zijn besluit, punt, titel, annotatie, advies en alles",
            "soort:notulen: the kinds are decision, item, title, annotation, advice and all",
        ),
        case(
            &["--db", d, "search", "since:2024 until:2023"],
            "de datumfilters laten geen dagen over: het begin ligt na het eind",
            "the date filters leave no days: the start is after the end",
        ),
        case(
            &["--db", d, "search", "gremium:"],
            "gremium: heeft een naam nodig, zoals gremium:KLO",
            "body: needs a name, as in body:KLO",
        ),
        case(
            &["--db", d, "backup", d],
            &format!("{d} bestaat al; kies een nieuwe bestandsnaam voor de kopie"),
            &format!("{d} already exists; choose a new file name for the backup"),
        ),
        case(
            &["demo", "--db", d],
            &format!("{d} bestaat al; de demo wordt alleen in een nieuw bestand geschreven"),
            &format!("{d} already exists; the demo is written only into a new file"),
        ),
        case(
            &["--db", d, "actions", "--body", "OG"],
            "Er is geen gremium 'OG'; bekend zijn: KLO, MIO, Stuurgroep MIT.",
            "There is no body 'OG'; known: KLO, MIO, Stuurgroep MIT.",
        ),
        case(
            &["--db", "nog-niet.db", "meetings"],
            "er is nog geen database in nog-niet.db; start `annoteer` (of `annoteer demo --db BESTAND`) om er een te maken",
            "there is no database at nog-niet.db yet; start `annoteer` (or `annoteer demo --db FILE`) to create one",
        ),
        case(
            &["--db", d, "import", "agenda", &agenda, "--body", "KLO", "--date", "31-02-2026"],
            "--date: De datum '31-02-2026' bestaat niet in de kalender.",
            "--date: The date '31-02-2026' is not a day in the calendar.",
        ),
        case(&["--db", d, "show", "99"], "vergadering 99 bestaat niet", "meeting 99 does not exist"),
    ]
}

#[test]
fn each_refusal_is_one_sentence_in_the_users_language_and_changes_nothing() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let all = cases(&sb);
    let before = (file_hash(&db), listing(sb.dir.path()));
    for c in &all {
        for (lang, says, not) in [("nl", &c.nl, &c.en), ("en", &c.en, &c.nl)] {
            let mut args = vec!["--lang".to_string(), lang.to_string()];
            args.extend(c.args.iter().cloned());
            let out = sb.cmd().args(&args).output().unwrap();
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
            assert!(err.starts_with(&format!("annoteer: {says}")), "{args:?}:\n{err}\nwanted:\nannoteer: {says}");
            assert!(!err.contains(not.as_str()), "{args:?} said the other language: {err}");
            assert!(stdout(&out).is_empty(), "{args:?}: {}", stdout(&out));
            assert_eq!((file_hash(&db), listing(sb.dir.path())), before, "{args:?} changed something");
        }
    }
}

/// Without --lang, a Dutch LANG (the sandbox's) speaks Dutch, and an English one English.
#[test]
fn the_language_follows_lang_when_no_option_is_given() {
    let sb = Sandbox::new();
    sb.demo_db();
    for c in cases(&sb) {
        let out = sb.cmd().args(&c.args).output().unwrap();
        assert!(stderr(&out).starts_with(&format!("annoteer: {}", c.nl)), "{:?}: {}", c.args, stderr(&out));
        let out = sb.cmd().env("LANG", "en_GB.UTF-8").args(&c.args).output().unwrap();
        assert!(stderr(&out).starts_with(&format!("annoteer: {}", c.en)), "{:?}: {}", c.args, stderr(&out));
    }
}

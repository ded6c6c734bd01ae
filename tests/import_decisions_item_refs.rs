//! A decision whose reference names an item of its meeting ("Agendapunt 2", "punt 4a", "ad 3") is linked
//! to that item, not only to the meeting, so the decision list shows it under the item (walk-through F31).

mod common;
use common::*;

const AGENDA: &str = "1. Opening\n2. Verslag vorige vergadering\n3. Begroting 2027\n4. Subsidies\n\
                      a. Regeling A\nb. Regeling B\n5. Rondvraag\n6. Sluiting\n7. Extra\n";

fn setup(sb: &Sandbox) -> String {
    let db = sb.path("a.db").to_str().unwrap().to_string();
    let agenda = sb.path("agenda.txt");
    std::fs::write(&agenda, AGENDA).unwrap();
    let out = sb.run(&[
        "--db",
        &db,
        "import",
        "agenda",
        agenda.to_str().unwrap(),
        "--body",
        "Stuurgroep MIT",
        "--date",
        "10-12-2026",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

fn import_decisions(sb: &Sandbox, db: &str, csv: &str) -> String {
    let file = sb.path("d.csv");
    std::fs::write(&file, csv).unwrap();
    let out = sb.run(&["--db", db, "import", "decisions", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

/// The section of the decision list each decision stands in.
fn sections(sb: &Sandbox, db: &str) -> Vec<(String, String)> {
    let out = sb.run(&["--db", db, "export", "1", "--decisions"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut heading = String::new();
    let mut got = Vec::new();
    for line in stdout(&out).lines() {
        if let Some(h) = line.strip_prefix("## ") {
            heading = h.to_string();
        } else if let Some(d) = line.strip_prefix("- ") {
            got.push((heading.clone(), d.to_string()));
        }
    }
    got
}

#[test]
fn a_decision_referring_to_an_agenda_item_stands_under_that_item() {
    let sb = Sandbox::new();
    let db = setup(&sb);
    let said = import_decisions(
        &sb,
        &db,
        "Datum;Besluit;Gremium;Kenmerk\n\
         10-12-2026;De stuurgroep stelt het verslag vast.;Stuurgroep MIT;Agendapunt 2\n\
         10-12-2026;De stuurgroep neemt kennis van regeling A.;Stuurgroep MIT;agendapunt 4a\n\
         10-12-2026;De begroting wordt aangepast.;Stuurgroep MIT;ad 3\n\
         10-12-2026;Extra besluit.;Stuurgroep MIT;punt 7\n\
         10-12-2026;Geen punt van deze agenda.;Stuurgroep MIT;punt 12\n\
         10-12-2026;Eigen code van de lijst.;Stuurgroep MIT;2026-14\n",
    );
    assert!(said.contains("6 gekoppeld aan hun vergadering"), "{said}");
    let got = sections(&sb, &db);
    let under = |text: &str| got.iter().find(|(_, d)| d.starts_with(text)).map(|(h, _)| h.as_str()).unwrap_or("?");
    assert_eq!(under("De stuurgroep stelt het verslag vast."), "2. Verslag vorige vergadering", "{got:#?}");
    assert_eq!(under("De stuurgroep neemt kennis"), "4a Regeling A", "{got:#?}");
    assert_eq!(under("De begroting wordt aangepast."), "3. Begroting 2027", "{got:#?}");
    assert_eq!(under("Extra besluit."), "7. Extra", "{got:#?}");
    assert_eq!(under("Geen punt van deze agenda."), "Overige besluiten", "{got:#?}");
    assert_eq!(under("Eigen code van de lijst."), "Overige besluiten", "{got:#?}");
}

#[test]
fn a_bare_number_links_only_when_the_lists_subject_is_the_items_title() {
    let sb = Sandbox::new();
    let db = setup(&sb);
    // A published list: "3. Begroting 2027" heads the decision, as the agenda numbered it; "5." heads
    // a subject the agenda's item 5 is not.
    let file = sb.path("besluiten.txt");
    std::fs::write(
        &file,
        "Besluitenlijst Stuurgroep MIT 10 december 2026\n\n\
         3. Begroting 2027\nBesluit: De stuurgroep stemt in met de begroting.\n\n\
         5. Evaluatie\nBesluit: De stuurgroep stelt de evaluatie vast.\n",
    )
    .unwrap();
    let out = sb.run(&["--db", &db, "import", "decisions", file.to_str().unwrap(), "--body", "Stuurgroep MIT"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = sections(&sb, &db);
    let under = |text: &str| got.iter().find(|(_, d)| d.contains(text)).map(|(h, _)| h.as_str()).unwrap_or("?");
    assert_eq!(under("stemt in met de begroting"), "3. Begroting 2027", "{got:#?}");
    assert_eq!(under("stelt de evaluatie vast"), "Overige besluiten", "{got:#?}");
}

//! What the memo says and in which order, on a record built in code after the seed's 24 March 2022.

mod memo_fixture;

use annoteer::domain::{Stance, Treatment};
use annoteer::memo::render_memo;
use memo_fixture::{item, record_of, seed_record};

fn position(md: &str, needle: &str) -> usize {
    md.find(needle).unwrap_or_else(|| panic!("{needle:?} missing from:\n{md}"))
}

#[test]
fn the_memo_follows_the_seed_order_front_matter_marking_header_overview_items() {
    let md = render_memo(&seed_record());
    assert!(
        md.starts_with("---\ntitle: \"Geannoteerde agenda\"\nsubject: \"Stuurgroep MIT, donderdag 24 maart 2022\"\n"),
        "{md}"
    );
    let order = [
        "classification: \"VERTROUWELIJK\"",
        "\n---\n\n**VERTROUWELIJK**\n",
        "**Aan:** Plv. korpschef\\\n**Van:** Bestuursondersteuning\\\n**Datum:** donderdag 24 maart 2022\\\n**Betreft:** Stuurgroep MIT\\\n",
        "# Overzicht",
        "| Nr. | Agendapunt | Behandeling | Advies |",
        "# Deel 1: Reguliere Stuurgroep met PGT",
        "## 1. Mededelingen",
        "## 2. Verslag Stuurgroep 16 februari",
        "## 3. Programmaplan 2022",
        "### 3.1 Bestedingsplan 2022",
        "## 4. Voorstel voor effectmeting",
        "# Deel 2: Besloten deel",
        "## 5. Huisvesting",
    ];
    let positions: Vec<usize> = order.iter().map(|n| position(&md, n)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "out of order: {positions:?}\n{md}");
}

#[test]
fn an_item_shows_treatment_origin_warning_annotation_advice_points_papers_and_history() {
    let md = render_memo(&seed_record());
    let item = &md[position(&md, "## 4. Voorstel")..position(&md, "# Deel 2")];
    let order = [
        "*Ter besluitvorming (bijlage, PGT)*",
        "**Let op:** in de oplegger staat 'ter informatie' en in de agenda staat 'ter besluitvorming'.",
        "Is besproken in de OG van 16 maart",
        "**Advies: akkoord met kanttekeningen.** Het advies is om steun uit te spreken voor:",
        "- het aansluiten bij de huidige operationele trajecten",
        "*Stukken:*",
        "- Oplegger: Oplegger effectmeting.pdf",
        "- Bijlage: Voorstel voor effectmeting (voorstel effectmeting v2.pdf)",
        "*Eerder besproken:*",
        "- Ontwerpgroep, 16 maart 2022, agendapunt 3: Voorstel voor effectmeting\\\n  Advies: akkoord.\\\n  Besluit: Akkoord",
    ];
    let positions: Vec<usize> = order.iter().map(|n| position(item, n)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "out of order: {positions:?}\n{item}");
    assert!(!md.contains("/home/adviseur"), "the memo names files, never the adviser's folders");
    // Only the item whose cover note disagrees carries the warning.
    assert_eq!(md.matches("**Let op:**").count(), 1);
}

#[test]
fn talking_points_are_a_list_under_their_label() {
    let md = render_memo(&seed_record());
    assert!(md.contains(
        "*Bespreekpunten:*\n\n- Sheet 7: Hier wordt gesteld dat het MIT een zelfstandige entiteit wordt.\n- Sheet 10:"
    ));
}

#[test]
fn items_without_annotation_still_appear_marked_as_not_annotated() {
    let md = render_memo(&seed_record());
    let sub = &md[position(&md, "### 3.1 Bestedingsplan")..position(&md, "## 4. Voorstel")];
    assert!(sub.contains("*Niet geannoteerd.*"), "{sub}");
    // Capitalised like the stances beside it.
    assert!(md.contains("| 3.1 | Bestedingsplan 2022 | Ter informatie | Niet geannoteerd |"), "{md}");
    // An item with only advice, or only a note, is annotated.
    let two = &md[position(&md, "## 2. ")..position(&md, "## 3. ")];
    assert!(!two.contains("Niet geannoteerd"), "{two}");
    assert!(two.contains("**Advies: geen opmerkingen.**"));
    let one = &md[position(&md, "## 1. ")..position(&md, "## 2. ")];
    assert!(!one.contains("Niet geannoteerd"));
    assert_eq!(md.matches("*Niet geannoteerd.*").count(), 2, "3.1 and 5");
}

#[test]
fn notes_get_one_nb_label_and_a_treatment_equal_to_the_title_is_not_repeated() {
    let md = render_memo(&seed_record());
    let one = &md[position(&md, "## 1. ")..position(&md, "## 2. ")];
    assert_eq!(one, "## 1. Mededelingen\n\n**NB:** deze annotatie wordt woensdagochtend verstuurd.\n\n");
}

#[test]
fn same_data_same_bytes() {
    let a = render_memo(&seed_record());
    let b = render_memo(&seed_record().clone());
    assert_eq!(a, b);
}

#[test]
fn the_advisers_own_bullets_nested_and_paragraphs_survive() {
    let mut it = item(1, "1", "Huisvesting");
    it.treatment = Some(Treatment::MondelingeToelichting);
    it.annotation = "Huisvesting korte termijn:\n\n- MIT is hier de trekker van.\n- Met de PDC besproken:\n  - twee locaties in het zuiden\n  - Almere als derde locatie\n- Voldoende voor de korte termijn\n\nDit even als achtergrondschets.".into();
    it.advice_stance = Some(Stance::TerKennisname);
    let md = render_memo(&record_of(vec![it]));
    assert!(
        md.contains(
            "Huisvesting korte termijn:\n\n- MIT is hier de trekker van.\n- Met de PDC besproken:\n    - twee locaties in het zuiden\n    - Almere als derde locatie\n- Voldoende voor de korte termijn\n\nDit even als achtergrondschets.\n"
        ),
        "{md}"
    );
}

#[test]
fn the_subject_names_the_meeting_once() {
    let mut record = record_of(vec![]);
    record.meeting.title = "Reguliere vergadering met PGT".into();
    let md = render_memo(&record);
    assert!(md.contains("**Betreft:** Stuurgroep MIT: Reguliere vergadering met PGT\\\n"), "{md}");
    assert!(md.contains("*Deze vergadering heeft nog geen agendapunten.*"), "{md}");
    record.meeting.title = "Stuurgroep MIT (extra)".into();
    assert!(render_memo(&record).contains("**Betreft:** Stuurgroep MIT (extra)\\\n"));
}

/// Issue 14: pandoc printed title, author and date from the front matter and then again in the
/// Aan/Van/Datum block. The front matter now holds only what pandoc keeps out of the text (or prints once,
/// the title), and the visible title is not the Betreft line again.
#[test]
fn title_author_and_date_are_printed_once() {
    let md = render_memo(&seed_record());
    let (front, body) = md.split_once("\n---\n").unwrap();
    for key in ["author:", "date:"] {
        assert!(!front.contains(key), "{key} in the front matter:\n{front}");
    }
    assert_eq!(body.matches("Bestuursondersteuning").count(), 1, "{body}");
    assert_eq!(md.matches("24 maart 2022").count(), 2, "the subject property and Datum only:\n{md}");
    assert!(!body.contains("Geannoteerde agenda"), "the title is the front matter's, once");
}

#[test]
fn a_treatment_the_title_already_names_is_not_repeated() {
    let mut rondvraag = item(5, "5", "Rondvraag en sluiting");
    rondvraag.treatment = Some(Treatment::Rondvraag);
    let mut mededelingen = item(1, "1", "Mededelingen:");
    mededelingen.treatment = Some(Treatment::Mededelingen);
    let mut other = item(2, "2", "Rondvraagpunten uit het MIO");
    other.treatment = Some(Treatment::Rondvraag);
    let md = render_memo(&record_of(vec![mededelingen, other, rondvraag]));
    assert!(md.contains("## 5. Rondvraag en sluiting\n\n*Niet geannoteerd.*"), "{md}");
    assert!(md.contains("## 1. Mededelingen:\n\n*Niet"), "{md}");
    // A title that only starts with the same letters still gets its treatment.
    assert!(md.contains("## 2. Rondvraagpunten uit het MIO\n\n*Rondvraag*"), "{md}");
}

#[test]
fn typed_numbered_points_become_a_numbered_list() {
    let mut it = item(1, "1", "Voorstel");
    it.annotation = "Besluitpunten:\n\n1. Akkoord met de aanpak.\n2. Opdracht aan het PGT:\n   - een planning\n3. Terugkoppeling in juni.\n\n2021. Dat jaar".into();
    let md = render_memo(&record_of(vec![it]));
    assert!(
        md.contains("Besluitpunten:\n\n1. Akkoord met de aanpak.\n2. Opdracht aan het PGT:\n    - een planning\n3. Terugkoppeling in juni.\n\n2021\\. Dat jaar\n"),
        "{md}"
    );
}

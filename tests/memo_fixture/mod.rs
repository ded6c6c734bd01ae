//! Meeting records built in code for the memo tests: the seed's meeting of 24 March 2022 (abridged) and a
//! record whose every typed field holds the same text.
#![allow(dead_code)]

pub mod docx;
pub mod outline;
pub mod pandoc;

use annoteer::domain::*;

pub fn meeting(id: i64) -> Meeting {
    Meeting {
        id: MeetingId(id),
        body_id: BodyId(1),
        body: "Stuurgroep MIT".into(),
        date: "2022-03-24".into(),
        time: "16.00 uur".into(),
        place: String::new(),
        title: "Stuurgroep MIT".into(),
        classification: "VERTROUWELIJK".into(),
        addressee: "Plv. korpschef".into(),
        author: "Bestuursondersteuning".into(),
        status: MeetingStatus::Preparing,
        revision: 1,
    }
}

pub fn item(id: i64, number: &str, title: &str) -> AgendaItem {
    AgendaItem {
        id: ItemId(id),
        meeting_id: MeetingId(1),
        parent_id: None,
        part_id: Some(PartId(1)),
        position: id,
        number: number.into(),
        depth: number.matches('.').count(),
        title: title.into(),
        treatment: None,
        submitter: String::new(),
        has_attachment: false,
        origin_note: String::new(),
        cover_treatment: None,
        annotation: String::new(),
        advice_stance: None,
        advice_text: String::new(),
        talking_points: vec![],
        notes: String::new(),
        revision: 1,
    }
}

pub fn record_of(items: Vec<AgendaItem>) -> MeetingRecord {
    MeetingRecord {
        meeting: meeting(1),
        parts: vec![Part {
            id: PartId(1),
            meeting_id: MeetingId(1),
            position: 0,
            title: "Deel 1: Reguliere Stuurgroep met PGT".into(),
        }],
        items: items
            .into_iter()
            .map(|item| ItemRecord {
                cover_treatment: item.cover_treatment,
                item,
                documents: vec![],
                earlier: vec![],
                decisions: vec![],
                skipped_bodies: vec![],
                proposed_decisions: vec![],
                cover: None,
            })
            .collect(),
        decisions: vec![],
        actions: vec![],
    }
}

pub fn document(id: i64, path: &str, title: &str, role: DocRole) -> LinkedDocument {
    LinkedDocument {
        document: Document {
            id: DocumentId(id),
            path: path.into(),
            title: title.into(),
            version_label: String::new(),
            size: Some(1000),
            modified: Some(1_648_000_000),
            sha256: "00".into(),
        },
        role,
        position: 0,
    }
}

/// Items 1, 2, 4, 6 and 7 of the seed's annotated agenda, with a sub-item and a second part.
pub fn seed_record() -> MeetingRecord {
    let mut i1 = item(1, "1", "Mededelingen");
    i1.treatment = Some(Treatment::Mededelingen);
    i1.notes = "NB: deze annotatie wordt woensdagochtend verstuurd.".into();

    let mut i2 = item(2, "2", "Verslag Stuurgroep 16 februari en verslag Stuurgroep 2 maart");
    i2.treatment = Some(Treatment::TerVaststelling);
    i2.has_attachment = true;
    i2.submitter = "JenV".into();
    i2.advice_stance = Some(Stance::GeenOpmerkingen);

    let mut i4 = item(3, "3", "Programmaplan 2022");
    i4.treatment = Some(Treatment::TerBespreking);
    i4.origin_note = "bijlage uit SG 16 februari".into();
    i4.annotation = "Deze versie is eind januari opgeleverd en stond aanvankelijk op de agenda van de stuurgroep van 16 februari. Daar is deze niet besproken.\n\nOp dit moment is het niet opportuun om het programmaplan te bespreken.".into();
    i4.advice_stance = Some(Stance::Aanhouden);
    i4.advice_text = "Het advies is om nu niet door het programmaplan heen te lopen als stuurgroep, maar om de uitkomst van de oriëntatie af te wachten.".into();
    i4.talking_points = vec![
        "Sheet 7: Hier wordt gesteld dat het MIT een zelfstandige entiteit wordt.".into(),
        "Sheet 10: Hier komen 4 mandaten aan de orde.".into(),
        "Sheet 39: zie aantallen, komen niet overeen met bestedingsplan 2022.".into(),
    ];

    let mut i41 = item(4, "3.1", "Bestedingsplan 2022");
    i41.parent_id = Some(ItemId(3));
    i41.treatment = Some(Treatment::TerInformatie);

    let mut i6 = item(5, "4", "Voorstel voor effectmeting");
    i6.treatment = Some(Treatment::TerBesluitvorming);
    i6.cover_treatment = Some(Treatment::TerInformatie);
    i6.has_attachment = true;
    i6.submitter = "PGT".into();
    i6.annotation = "Is besproken in de OG van 16 maart en akkoord bevonden voor doorgeleiding naar HASG.\nHet stuk is vooral een opsomming van (mooie) ambities.".into();
    i6.advice_stance = Some(Stance::AkkoordMetKanttekeningen);
    i6.advice_text = "Het advies is om steun uit te spreken voor:\n- het aansluiten bij de huidige operationele trajecten (zoals op TBML);\n- de bredere inzet van coaches (punt 4 blz 3).".into();

    let mut i7 = item(6, "5", "Huisvesting");
    i7.part_id = Some(PartId(2));
    i7.treatment = Some(Treatment::MondelingeToelichting);
    i7.submitter = "PGT".into();

    let mut record = record_of(vec![i1, i2, i4, i41, i6, i7]);
    record.parts.push(Part {
        id: PartId(2),
        meeting_id: MeetingId(1),
        position: 1,
        title: "Deel 2: Besloten deel".into(),
    });
    record.items[4].documents = vec![
        document(1, "/home/adviseur/stukken/Oplegger effectmeting.pdf", "Oplegger effectmeting.pdf", DocRole::Oplegger),
        document(
            2,
            "/home/adviseur/stukken/voorstel effectmeting v2.pdf",
            "Voorstel voor effectmeting",
            DocRole::Bijlage,
        ),
    ];
    record.items[4].earlier = vec![EarlierItem {
        item_id: ItemId(90),
        meeting_id: MeetingId(9),
        body: "Ontwerpgroep".into(),
        date: "2022-03-16".into(),
        number: "3".into(),
        title: "Voorstel voor effectmeting".into(),
        advice_stance: Some(Stance::Akkoord),
        advice_text: String::new(),
        decisions: vec!["Akkoord voor doorgeleiding naar HASG.".into()],
        note: String::new(),
    }];
    record
}

/// A record with one item whose every typed field, and the meeting's, holds `text`.
pub fn record_with_text_everywhere(text: &str) -> MeetingRecord {
    let mut m = meeting(1);
    m.body = text.into();
    m.title = text.into();
    m.classification = text.into();
    m.addressee = text.into();
    m.author = text.into();
    m.place = text.into();
    let mut it = item(1, "1", text);
    it.treatment = Some(Treatment::TerBesluitvorming);
    it.cover_treatment = Some(Treatment::TerInformatie);
    it.has_attachment = true;
    it.submitter = text.into();
    it.origin_note = text.into();
    it.annotation = text.into();
    it.notes = text.into();
    it.advice_stance = Some(Stance::Akkoord);
    it.advice_text = text.into();
    it.talking_points = vec![text.into(), format!("{text}\n{text}")];
    let mut sub = item(2, "1.1", text);
    sub.parent_id = Some(ItemId(1));
    let mut record = record_of(vec![it, sub]);
    record.meeting = m;
    record.parts[0].title = text.into();
    record.items[0].documents = vec![document(1, &format!("/tmp/{text}"), text, DocRole::Bijlage)];
    record.items[0].earlier = vec![EarlierItem {
        item_id: ItemId(9),
        meeting_id: MeetingId(9),
        body: text.into(),
        date: "2022-03-16".into(),
        number: "3".into(),
        title: text.into(),
        advice_stance: None,
        advice_text: text.into(),
        decisions: vec![text.into()],
        note: text.into(),
    }];
    record.items[0].decisions = vec![Decision {
        id: DecisionId(1),
        body_id: None,
        body: text.into(),
        meeting_id: Some(MeetingId(1)),
        item_id: Some(ItemId(1)),
        date: "2022-03-24".into(),
        text: text.into(),
        reference: text.into(),
    }];
    record.actions = vec![ActionPoint {
        id: ActionId(1),
        code: text.into(),
        owner: text.into(),
        text: text.into(),
        deadline: text.into(),
        status: ActionStatus::Open,
        remarks: text.into(),
        meeting_id: Some(MeetingId(1)),
        item_id: None,
    }];
    record
}

/// The demo's Stuurgroep MIT of 24 March 2022, the seed's annotated agenda, as the store gives it.
pub fn demo_record() -> MeetingRecord {
    let mut store = annoteer::store::Store::open_in_memory().expect("in-memory store");
    let ids = store.load_demo().expect("demo data loads");
    let id = ids
        .into_iter()
        .find(|id| store.meeting(*id).is_ok_and(|m| m.date == "2022-03-24" && m.body == "Stuurgroep MIT"))
        .expect("the demo has the Stuurgroep MIT of 24 March 2022");
    store.meeting_record(id).expect("its record")
}

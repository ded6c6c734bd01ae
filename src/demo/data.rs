//! The demo dossier, typed by hand from `shared/seeds/000_b5fb5ea10fb60a4c.txt` (a Woo-released
//! dossier; "5.1.2.e" and "[REDACTED]" are the redactions of the release and are kept as they are).
//!
//! Texts are verbatim from the seed. Paragraphs are separated by a blank line, bullets start with "- ".
//! Where the seed names no file but says there is one (a bijlage, an oplegger), the file name is a
//! label made from the seed's own words; those places carry a comment.

use super::{DemoAction, DemoDecision, DemoItem, DemoMeeting, DemoPart};
use crate::domain::{ActionDraft, DecisionDraft, ItemDraft, MeetingDraft, MeetingStatus, Stance, Treatment};

pub fn demo_meetings() -> Vec<DemoMeeting> {
    vec![stuurgroep_2022_03_24(), klo_2022_03_08(), mio_2022_03_30(), consultatie_huisvesting_2022_04_20()]
}

// ---------------------------------------------------------------------------------------------
// Helpers

fn s(text: &str) -> String {
    text.to_string()
}

/// Paragraphs joined by a blank line.
fn paras(ps: &[&str]) -> String {
    ps.join("\n\n")
}

/// A bullet list, one "- " line per entry.
fn bullets(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("- {l}")).collect::<Vec<_>>().join("\n")
}

fn strings(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|l| s(l)).collect()
}

fn item(title: &str, treatment: Option<Treatment>) -> ItemDraft {
    ItemDraft { title: s(title), treatment, ..Default::default() }
}

fn leaf(item: ItemDraft) -> DemoItem {
    DemoItem { item, children: Vec::new(), documents: Vec::new() }
}

fn with_docs(item: ItemDraft, docs: &[(&str, &'static str)]) -> DemoItem {
    DemoItem { item, children: Vec::new(), documents: docs.iter().map(|(name, role)| (s(name), *role)).collect() }
}

fn with_children(item: ItemDraft, children: Vec<DemoItem>) -> DemoItem {
    DemoItem { item, children, documents: Vec::new() }
}

fn meeting(body: &str, date: &str, title: &str) -> MeetingDraft {
    MeetingDraft { body: s(body), date: s(date), title: s(title), ..Default::default() }
}

fn decision(date: &str, text: &str, reference: &str, item_number: Option<&str>) -> DemoDecision {
    DemoDecision {
        decision: DecisionDraft { date: s(date), text: s(text), reference: s(reference), ..Default::default() },
        item_number: item_number.map(s),
    }
}

fn action(code: &str, owner: &str, text: &str, deadline: &str, remarks: &str, item_number: Option<&str>) -> DemoAction {
    DemoAction {
        action: ActionDraft {
            code: s(code),
            owner: s(owner),
            text: s(text),
            deadline: s(deadline),
            remarks: s(remarks),
            ..Default::default()
        },
        item_number: item_number.map(s),
    }
}

const ADDRESSEE: &str = "5.1.2.e (korpsleiding)";
const AUTHOR: &str = "5.1.2.e (staf korpsleiding)";

// ---------------------------------------------------------------------------------------------
// Korpsleidingsoverleg (KLO), 8 maart 2022: the assignment to the Landelijke Eenheid.
// Seed: the e-mails "Opdracht LE MIT in KLO 8 maart" (2 March) and "verslaglegging KLO" (11 March).

fn klo_2022_03_08() -> DemoMeeting {
    let opdracht = ItemDraft {
        has_attachment: true,
        annotation: s("De LE is al akkoord gegaan, maar heeft nog een aantal aanvullingen die dan verwerkt zijn."),
        // The discussion as the (concept) feedback from the KLO of 11 March reports it.
        notes: paras(&[
            "Concept terugkoppeling vanuit het KLO:",
            "5.1.2.e [REDACTED] LE wil duidelijkheid over de opdracht die zij hebben/krijgen inzake hun bijdrage aan \
             het MIT. Desgevraagd wordt bevestigd dat besluitpunt 4 in de uitwerking in principe geen probleem kan \
             zijn/worden omdat hiervoor MIT gelden beschikbaar zijn. Dus gebruik gemaakt kan worden zo nodig van \
             externe inhuur.",
            "Daarnaast wordt bevestigd dat deze opdracht in lijn is met de lijn van de stuurgroep. Verdere externe \
             afstemming heeft niet plaatsgevonden. Betreft een interne opdracht die is opgesteld in overeenstemming \
             met besluiten van de ambtelijke stuurgroep.",
        ]),
        ..item("Opdrachtbeschrijving aan LE t.a.v. MIT-capaciteit", Some(Treatment::TerBesluitvorming))
    };
    // The seed shows the oplegger's name cut off ("MIT-capaciteit.....docx"); the ending is restored.
    let opdracht = with_docs(
        opdracht,
        &[
            ("20220302 Oplegger KLO Opdrachtbeschrijving aan LE t.a.v. MIT-capaciteit.docx", "oplegger"),
            ("20220302 Bijlage bij opdracht Landelijke Eenheid.docx", "bijlage"),
        ],
    );
    let d = "2022-03-08";
    let one = Some("1");
    DemoMeeting {
        meeting: MeetingDraft {
            addressee: s(ADDRESSEE),
            author: s(AUTHOR),
            ..meeting("KLO", d, "Korpsleidingsoverleg")
        },
        status: MeetingStatus::Held,
        parts: vec![DemoPart { title: String::new(), items: vec![opdracht] }],
        decisions: vec![
            decision(
                d,
                "Het KLO stemt in met de opdracht aan de Landelijke Eenheid om bij de politie operationele \
                 MIT-capaciteit in te richten die ingezet wordt in het MIT.",
                "Besluitpunt 1",
                one,
            ),
            decision(d, "Het KLO geeft de opdracht aan deze eenheidsleiding van de LE.", "Besluitpunt 2", one),
            decision(
                d,
                "Het KLO verzoekt de eenheidsleiding LE regelmatig te rapporteren over de voortgang.",
                "Besluitpunt 3",
                one,
            ),
            decision(
                d,
                "Het KLO stemt in met de randvoorwaarden en met de opdracht aan het PDC en de staf om met de \
                 Landelijke Eenheid de benodigde randvoorwaarden te ontwikkelen om de capaciteit te kunnen leveren.",
                "Besluitpunt 4",
                one,
            ),
        ],
        actions: Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Stuurgroep MIT, 24 maart 2022: the annotated agenda ("Deel 1: Reguliere Stuurgroep met PGT").

fn stuurgroep_2022_03_24() -> DemoMeeting {
    let mededelingen = leaf(ItemDraft {
        notes: paras(&[
            "NB: misschien gaat 5.1.2.e het over het (ontbreken van) een convenant gegevensdeling hebben. \
             Afhankelijk van PO met 5.1.2.e van woensdag 23-3. 5.1.2.e zal het dan ook hebben over de kwestie \
             \"Combiteam\".",
            "NB: deze annotatie wordt ovv 5.1.2.e woensdagochtend verstuurd. 5.1.2.e kan 5.1.2.e, na de PO met \
             5.1.2.e, indien nodig bijpraten.",
        ]),
        ..item("Mededelingen", Some(Treatment::Mededelingen))
    });

    // The seed names no files for the minutes; the names are labels from the item's title.
    let verslagen = with_docs(
        ItemDraft {
            submitter: s("Jenv"),
            has_attachment: true,
            advice_stance: Some(Stance::GeenOpmerkingen),
            advice_text: s("Geen opmerkingen."),
            ..item("Verslag Stuurgroep 16 februari en verslag Stuurgroep 2 maart", Some(Treatment::TerVaststelling))
        },
        &[("Verslag Stuurgroep 16 februari.docx", "bijlage"), ("Verslag Stuurgroep 2 maart.docx", "bijlage")],
    );

    let werving = leaf(ItemDraft {
        submitter: s("PGT"),
        annotation: s("Op 2 maart heeft de Stuurgroep begrip getoond voor de behoefte van het PGT om leidinggevenden \
             te werven, vanwege het feit dat het MIT aan het groeien is. Tegelijk is het evident om in die werving \
             zeer hecht op te trekken met de moederorganisaties. Maar ook hier geldt (net als bij het agendapunt \
             'Programmaplan') dat het wijs is om de oriëntatie van de minister af te wachten."),
        ..item(
            "Update werving leidinggevenden n.a.v. notitie 'organisatie inrichting en voorstel voor werving'",
            Some(Treatment::MondelingeToelichting),
        )
    });

    // In the seed the paragraph on "onrust bij het programmateam" stands between the advice and the
    // talking points; it is background, so it closes the annotation here. The lead-in "Mocht er toch
    // een gesprek …" closes the advice text, right before the talking points; the closing paragraph
    // "Deze punten laten de noodzaak zien …" follows them, in the notes.
    let programmaplan = with_docs(
        ItemDraft {
            origin_note: s("bijlage uit SG 16 februari"),
            annotation: paras(&[
                "Deze versie is eind januari opgeleverd en stond aanvankelijk op de agenda van de stuurgroep van \
                 16 februari. Daar is deze niet besproken.",
                "Inhoudelijk zijn er verschillende opmerkingen te maken, hoewel deze versie een stuk leesbaarder is \
                 dan de vorige versie.",
                "Op dit moment is het niet opportuun om het programmaplan te bespreken, omdat de minister haar \
                 oriëntatie nog niet heeft afgerond. De minister heeft aangegeven de oriëntatie uit te voeren om bij \
                 te kunnen sturen t.a.v. het MIT. Dit kan betekenen dat bepaalde elementen in het MIT of in de \
                 ophanging onderwerp van gesprek gaan zijn.",
                "Waarschijnlijk is er onrust bij het programmateam over de huidige situatie (\"wat gaat de minister \
                 doen?\") en die onrust lijkt m.n. gericht te zijn op het wel of niet zelf beschikken over \
                 interventiecapaciteit.",
            ]),
            advice_stance: Some(Stance::Aanhouden),
            advice_text: paras(&[
                "Het advies is om nu niet door het programmaplan heen te lopen als stuurgroep, maar om de uitkomst \
                 van de oriëntatie af te wachten en om de hoop uit te spreken dat daarmee het fundament nog steviger \
                 wordt om gezamenlijk van het MIT een succes te maken.",
                "Mocht er toch een gesprek over het programmaplan ontstaan, dan is het goed om de volgende punten te \
                 benoemen:",
            ]),
            talking_points: strings(&[
                "Sheet 7: Hier wordt gesteld dat het MIT een zelfstandige entiteit wordt. Dit is nog geen vaststaand \
                 feit en hier is nog niets over besloten. Dit betekent ook iets in de relatie met de DVO en het \
                 beheermandaat.",
                "Sheet 10: Hier komen 4 mandaten aan de orde. Het lijkt erop alsof deze voor de ontwikkelingen van \
                 beheermandaat en Instellingsbesluit zijn opgesteld. Maar dit is niet helder en let op: het PGT MIT \
                 dicht zichzelf hier allerlei bevoegdheden toe.",
                "Sheet 39: zie aantallen, komen niet overeen met bestedingsplan 2022.",
            ]),
            notes: s("Deze punten laten de noodzaak zien dat er voorafgaand aan een stuurgroep echt een breed \
                 draagvlak moet zijn, dat bv. in een fysieke sessie tussen leden PGT en Ontwerpgroep wordt verkregen."),
            ..item("Programmaplan 2022", Some(Treatment::TerBespreking))
        },
        // "Programmaplan 2022.pdf" is a label (the seed names no file). The briefing to the minister
        // (sent 24 March 07:38, it cites "p.18 MIT programmaplan") and the police's note to the
        // minister (Memo Min.v5.2, discussed 24 March 17:15) are the "oriëntatie" the advice waits for.
        &[
            ("Programmaplan 2022.pdf", "bijlage"),
            ("20220322_briefing_minister_MIT_Def.pdf", "achtergrond"),
            ("Memo Min.v5.2.docx", "achtergrond"),
        ],
    );

    let operaties = leaf(ItemDraft {
        submitter: s("PGT"),
        annotation: paras(&[
            "Naar verwachting wordt er een update gegeven van de voortgang op de in het MIO benoemde operationele \
             trajecten.",
            "Op dondermiddag 24 maart (ten tijde van de stuurgroep) vindt ook de eerste zgn. MIT Field Lab stocktake \
             plaats. Daarin zullen de zes teams een update geven aan diverse stakeholders en deelnemers van het MIO, \
             SKO en de Ontwerpgroep, waar wordt ingegaan op wat er de afgelopen 100 dagen is gedaan, bereikt en \
             geleerd en wat er nodig is.",
        ]),
        // An advice without one of the stances: where requests should go first.
        advice_text: s("Het advies is om evt. verzoeken vanuit het programmateam als eerste te laten adresseren in \
             het MIO en SKO: dit zijn immers de gremia voor operationele keuzes en coördinatie."),
        ..item("Periodiek bespreken van hoofdlijnen v/d aanpak Operaties", Some(Treatment::MondelingeToelichting))
    });

    // The adviser caught it: the oplegger says 'ter informatie', the agenda 'ter besluitvorming'.
    // Support for two named points of a paper that is "vooral een opsomming van (mooie) ambities":
    // akkoord met kanttekeningen. The file names are labels (the seed names no files here).
    let effectmeting = with_docs(
        ItemDraft {
            submitter: s("PGT"),
            has_attachment: true,
            cover_treatment: Some(Treatment::TerInformatie),
            annotation: s(
                "Is besproken in de OG van 16 maart en akkoord bevonden voor doorgeleiding naar HASG. In de \
                 oplegger staat 'ter informatie' en in de agenda staat 'ter besluitvorming'. Ter info lijkt meer \
                 passend. Het stuk is vooral een opsomming van (mooie) ambities. Er wordt nog niet aangegeven hoe dit \
                 in het MIT nu wordt ervaren, omdat er nog geen ervaringen zijn opgedaan.",
            ),
            advice_stance: Some(Stance::AkkoordMetKanttekeningen),
            advice_text: s("Het advies is om steun uit te spreken voor het aansluiten bij de huidige operationele \
                 trajecten (zoals op TBML) en om steun uit te spreken voor de bredere inzet van coaches (punt 4 blz 3, \
                 waarmee ook invulling wordt gegeven aan de SBO-ambitie om de Field Lab werkwijze breder te borgen). \
                 Deze positieve feedback zal als een welkome steun in de rug worden ervaren, zeker ook bij de \
                 projectleiders in het MIT."),
            ..item("Voorstel voor effectmeting", Some(Treatment::TerBesluitvorming))
        },
        &[("Oplegger Voorstel voor effectmeting.docx", "oplegger"), ("Voorstel voor effectmeting.docx", "bijlage")],
    );

    let medezeggenschap = leaf(ItemDraft {
        submitter: s("PGT"),
        annotation: s("Geen input op ontvangen."),
        ..item("Medezeggenschap", Some(Treatment::MondelingeToelichting))
    });

    // The short-term list as the seed has it: one nested sub-bullet ("o" in the seed), then two
    // bullets at the top level again.
    let huisvesting = leaf(ItemDraft {
        submitter: s("PGT"),
        annotation: paras(&[
            "5.1.2.e gaat in de stuurgroep mondeling toelichten waar we nu staan met huisvesting korte termijn en \
             lange termijn. Waarbij lange termijn PvE (Programma van Eisen) waarschijnlijk vrijdag naar de stuurgroep \
             wordt gestuurd voor een schriftelijk consultatie.",
            "Lange termijn (PvE) is met veel inzet van het PDC tot stand gekomen. Er is een werkgroep Huisvesting (met \
             deelname van PDC en MIT). Het meest recente PvE is een mooie aanzet, maar volgens het PDC nog kwalitatief \
             onvoldoende. In het PGT MIT is er een grote behoefte om 'snel' te kunnen beginnen. Daarbij worden \
             bestaande afspraken (uit het Dienstverleningsovereenkomst) wel eens over het hoofd gezien. Zo ging het \
             PGT zelf op Funda kijken naar beschikbare panden. Terwijl het PDC de professional is, die verantwoordelijk \
             is voor (o.a.) Huisvesting. Dit even als achtergrondschets.",
            "Het PvE is ter consultatie naar de Ontwerpgroep van 16 maart gestuurd. Afgesproken is dat er schriftelijk \
             gereageerd gaat worden op de meest recente versie, en dat daarna de nieuwe versie ter schriftelijke \
             consultatie, aanstaande vrijdag 25 maart, aan de Stuurgroep wordt aangeboden.",
            "5.1.2.e heeft bedenkingen: zolang je nog niet weet wat het MIT *precies* gaat doen, en de blauwdruk \
             daarop niet is aangepast, kun je moeilijk een PvE vaststellen. Voorbeeld: commandoruimte, \
             uitleesapparatuur voor gegevensdragers etc. 5.1.2.e wist te vertellen dat dit in de Ontwerpgroep is \
             opgemerkt. Ook dit laat zien dat het afstemmingsproces nog onvoldoende is doorlopen om een besluit van \
             de Stuurgroep te kunnen vragen.",
            "Huisvesting **korte** termijn:",
            "- MIT is hier de trekker van.\n\
             - Diverse panden zijn door het MIT bezocht (van Politie, OM, BD/FIOD en KMar)\n\
             - PDC heeft hier een belangrijk trekkende, duwende, mitigerende en faciliterende rol in gehad.\n\
             - Met 5.1.2.e het volgende besproken:\n  \
             - MIT heeft voor de korte termijn nu 2 locaties in het zuiden/midden van het land (naast Gorinchem \
             (politiepand) ook Den Bosch (KMar-pand)).\n\
             - Inzet MIT is de locatie in Almere van de Belastingdienst. Dit is dan een 3e locatie iets meer \
             noordwestelijk georiënteerd.\n\
             - Volgens 5.1.2.e zou het dan wel voldoende moeten zijn voor de korte termijn",
        ]),
        ..item("Huisvesting", Some(Treatment::MondelingeToelichting))
    });

    DemoMeeting {
        meeting: MeetingDraft {
            classification: s("VERTROUWELIJK – persoonlijke noties, niet verder te delen"),
            addressee: s(ADDRESSEE),
            author: s(AUTHOR),
            ..meeting("Stuurgroep MIT", "2022-03-24", "Stuurgroep MIT")
        },
        status: MeetingStatus::Held,
        parts: vec![DemoPart {
            title: s("Deel 1: Reguliere Stuurgroep met PGT"),
            items: vec![
                mededelingen,
                verslagen,
                werving,
                programmaplan,
                operaties,
                effectmeting,
                medezeggenschap,
                huisvesting,
            ],
        }],
        decisions: Vec::new(),
        actions: Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// MIO (Multidisciplinair Interventie Overleg), 30 maart 2022: the minutes, their action and decision lists.
// The minutes state no treatments; those below are read from the text (Verslag … vastgesteld →
// ter vaststelling; "deelt stand van zaken" → mondelinge toelichting; and so on).

fn mio_2022_03_30() -> DemoMeeting {
    let opening = ItemDraft {
        annotation: paras(&[
            "5.1.2.e geeft aan dat 5.1.2.e is verhinderd.",
            "5.1.2.e en 5.1.2.e sluiten rond 15.15 uur aan voor een preview op de fenomeenaanpak TBML die wordt \
             opgesteld voor het SKO.",
            "5.1.2.e heeft één mededeling ten aanzien van project 5.1.2.i (samenwerking LE/LP). Uit naam van 5.1.2.e, \
             5.1.2.e en 5.1.2.e is een voorstel opgesteld om te komen tot netwerksamenwerking en support via het MIT \
             aan het project. 5.1.2.e stuurt mail door aan alle leden MIO met verzoek hiervan inhoudelijk kennis te \
             nemen en deze verkenning in het MIO begin mei te bespreken. 5.1.2.e zal daarbij aansluiten. 5.1.2.e \
             vraagt deelnemers ten aanzien van die bespreking alvast in contact te treden met 5.1.2.e.",
        ]),
        notes: paras(&[
            "Tijd: 15:00-15:15",
            "Aanwezig: 5.1.2.e (OM), 5.1.2.e (NP), 5.1.2.e (FIOD), 5.1.2.e (Douane), 5.1.2.e (Belastingdienst), \
             5.1.2.e (KMar), 5.1.2.e (MIT), 5.1.2.e (MIT - VZ)",
            "Afwezig (met kennisgeving): 5.1.2.e (NP)",
        ]),
        ..item("Welkom en opening", Some(Treatment::Mededelingen))
    };

    let actiepunten = leaf(ItemDraft {
        annotation: paras(&[
            "Actiepunten (maart) uit verslag 11 februari worden besproken.",
            "Niet onder reikwijdte",
            "1102.1 Kennismakingsbijeenkomst (5.1.2.e)",
            "De SPOC's MIT en meer specifiek op inhoud TBML zijn bekend. Met merendeel is al contact geweest. Er is een \
             kennismakingsbijeenkomst gepland voor de 3e week april, SPOC's ontvangen deze week een mail. Actiepunt \
             wordt hiermee afgevoerd. 5.1.2.e geeft aan blij te zijn met de geplande bijeenkomst maar vraagt \
             (specifiek) aandacht voor het nadrukkelijker betrekken van de collega's Belastingdienst bij de \
             operationalisering. 5.1.2.e neemt signaal mee richting collega's die bezig zijn met TBML in het MIT.",
            "1102.4.1 Doornemen – afstemmen namen functieprofielen dedicated team",
            "Niet onder reikwijdte",
        ]),
        ..item("Actiepunten", Some(Treatment::TerBespreking))
    });

    // "2021" as the minutes write it (the decision list dates that meeting 11022022).
    let verslag = with_children(
        ItemDraft {
            annotation: paras(&[
                "Verslag wordt doorlopen. Geen specifieke opmerkingen/aanvullingen ten aanzien van het verslag. \
                 Verslag vastgesteld. Ten aanzien van pagina 4, besluit MIO laatste gedachtestreepje (juridische \
                 nadere verkenning voor definitieve vormgeving CAT TBML) merkt 5.1.2.e ter verduidelijking op dat er \
                 op dit moment geen verkenning plaatsvindt voor een afzonderlijk thema CAT TBML. Door aanvullende \
                 capaciteit bij FIOD en FINEC (versterking vanuit MIT budget) wordt eerst een exercitie gedaan om na \
                 te gaan of er data aanwezig is die een thema CAT rechtvaardigen. Het vormen van zo'n CAT is geen \
                 doel op zich. Door 5.1.2.e wordt opgemerkt dat het doel, indien er veel data in relatie tot TBML \
                 aanwezig is, te komen tot een eigen CAT en dat de versterking van de bestaande CAT's van tijdelijke \
                 aard is waarbij \"nieuwe\" collega's zouden worden opgevangen en ingewerkt. Afgesproken dat de \
                 ontwikkelingen de komende periode vervolg betekenen. 5.1.2.e, 5.1.2.e en 5.1.2.e monitoren dit.",
            ]),
            ..item("Verslag MIO 11 februari 2021 (concept)", Some(Treatment::TerVaststelling))
        },
        vec![actiepunten],
    );

    let opening = with_children(opening, vec![verslag]);

    let hasg = leaf(ItemDraft {
        annotation: s("Door 5.1.2.p wordt conform verslag een korte terugkoppeling gegeven van de HASG."),
        notes: s("Tijd: 15:20-15:25"),
        ..item("Terugkoppeling HASG 24 maart 2022", Some(Treatment::MondelingeToelichting))
    });

    let tbml = leaf(ItemDraft {
        annotation: paras(&[
            "Niet onder reikwijdte",
            "Vanuit de fenomeenaanpak worden de volgende hulpvragen aan het MIO gesteld:",
            &bullets(&[
                "Capaciteit(en) tbv … (niet onder reikwijdte)",
                "Juridische SPOC's: Vanuit het project juridisch & beleid is aangegeven specifiek aandacht te hebben \
                 voor de SPOC's die zich kunnen buigen over de meer inhoudelijke en operationele juridische \
                 vraagstukken. In sommige gevallen zijn de collega's betrokken bij het convenant (schrijfgroep) niet \
                 in staat om ook die (meer operationele) vragen te beantwoorden. Leden MIO geven aan dit signaal niet \
                 te herkennen maar zullen zekerheidshalve navraag doen binnen hun organisatie. Indien nodig wordt er \
                 ten behoeve van het regieteam TBML een ander contact aangeleverd. Vooralsnog kunnen de collega's \
                 vanuit de schrijfgroep worden betrokken bij juridische vragen.",
            ]),
        ]),
        notes: s("Tijd: 15:25-15:50"),
        ..item("Operationaliseren TBML", Some(Treatment::TerBespreking))
    });

    let labs = leaf(ItemDraft {
        annotation: s("5.1.2.e deelt stand van zaken. Zoals afgesproken zijn de MIO-leden gekoppeld als ambassadeur \
             aan een van de zes MIT-Labs. De eerste positieve ervaringen worden gedeeld om vanuit de operationele \
             governance meer betrokken te zijn bij de MIT-Labs om (ook) de faciliterende rol meer te kunnen oppakken. \
             5.1.2.e merkt op dat de betrokkenheid vanuit de teams zelf enorm gewaardeerd wordt. Tom geeft aan dat de \
             stocktakes (tussentijds info-moment) goed zijn verlopen en dat alle teams hun stand van zaken hebben \
             gepresenteerd en nu toewerken, vanuit de 100-dagen cyclus naar een eindpresentatie begin juni."),
        notes: s("Tijd: 15:50-15:55"),
        ..item("MIT-Labs", Some(Treatment::MondelingeToelichting))
    });

    let rondvraag = leaf(ItemDraft {
        notes: s("Tijd: 15:55-16:00"),
        ..item("Rondvraag en afsluiting", Some(Treatment::Rondvraag))
    });

    let nor = "Niet onder reikwijdte";
    DemoMeeting {
        meeting: MeetingDraft {
            time: s("15:00-16:00"),
            place: s("MS Teams"),
            ..meeting("MIO", "2022-03-30", "Verslag Multidisciplinair Interventie Overleg (MIO)")
        },
        status: MeetingStatus::Held,
        parts: vec![DemoPart { title: String::new(), items: vec![opening, hasg, tbml, labs, rondvraag] }],
        decisions: vec![
            // Taken in this meeting (item 1.1).
            decision("2022-03-30", "Verslag vastgesteld.", "Agendapunt 1.1", Some("1.1")),
            // The standing decision list (BESLUITEN) of the minutes, as the seed has it.
            decision("2022-02-11", nor, "", None),
            decision("2022-02-11", nor, "", None),
            decision(
                "2021-12-22",
                "5.1.2.i - Geen specifieke rol voor het MIT. Partners verkennen afzonderlijke samenwerking; 5.1.2.e \
                 fungeert als linkin pin tussen 5.1.2.i en MIT.",
                "Agendapunt 4.1",
                None,
            ),
            decision("2021-12-22", nor, "", None),
            decision("2021-12-22", nor, "", None),
            decision("2021-12-22", nor, "Agendapunt 4.5", None),
            decision("2021-08-31", nor, "Agendapunt 2.2", None),
        ],
        actions: vec![
            // Discussed under 1.1.1: the actions of 11 February with a March deadline ("Actiepunten (maart)").
            action(
                "1102.1",
                "5.1.2.e",
                "Kennismakingsbijeenkomst",
                "maart 2022",
                "De SPOC's MIT en meer specifiek op inhoud TBML zijn bekend. Met merendeel is al contact geweest. Er is \
                 een kennismakingsbijeenkomst gepland voor de 3e week april, SPOC's ontvangen deze week een mail. \
                 Actiepunt wordt hiermee afgevoerd.",
                Some("1.1.1"),
            ),
            action(
                "1102.4.1",
                "",
                "Doornemen – afstemmen namen functieprofielen dedicated team",
                "maart 2022",
                nor,
                Some("1.1.1"),
            ),
            // The action list (ACTIEPUNTEN) of the minutes.
            action("2212.4.4", "5.1.2.e", nor, "", "", None),
            action(
                "1102.5.1",
                "5.1.2.e",
                "Verkennen MIT-Labs irt governance MIT. PL MIT-Labs stemt af met kernteam.",
                "Mei 2022",
                "Ism 5.1.2.e (PL MIT-Labs) en div. MIO-leden. 5.1.2.e, 5.1.2.e, 5.1.2.e.",
                None,
            ),
        ],
    }
}

// ---------------------------------------------------------------------------------------------
// Stuurgroep MIT, 20 april 2022: the written consultation on huisvesting.
// Seed: the memo "Betreft: Stuurgroep 20 april 2022: agendapunt Huisvesting/PVE" (Datum 4-5-2022,
// Steller [REDACTED]). The paper of 15/4 is named nowhere, so no documents.

fn consultatie_huisvesting_2022_04_20() -> DemoMeeting {
    let advies = "Advies is akkoord te gaan met het onderdeel PvE lange termijn en de besproken governance en \
                  financieel kader.";

    let pve = leaf(ItemDraft {
        annotation: paras(&[
            "Er is afgelopen vrijdag 15/4 een stuk gestuurd over huisvesting waarbij er via een schriftelijke \
             consultatie akkoord wordt gevraagd aan de stuurgroep op de volgende onderwerpen:",
            &bullets(&["1- PvE lange termijn huisvesting MIT", "2- Governance", "3- Financieel kader huisvesting MIT"]),
            "Door tijdgebrek is afgesproken is dat er 11 mei een reactie op het PVE bij het MIT ligt:",
            "\"Het PvE biedt een goede basis voor de zoektocht naar permanente centrale huisvesting door het PDC ten \
             behoeve van het MIT. Het PDC is geconsulteerd bij de totstandkoming van het stuk. In afstemming met het \
             PDC heeft het MIT haar eisen en wensen voor de huisvesting uitgewerkt in het PvE evenals is de \
             governance en het financieel kader.\"",
        ]),
        advice_stance: Some(Stance::Akkoord),
        advice_text: paras(&[
            "Er is voorafgaand aan de SG van 20-4 geannoteerd op dit onderwerp. Het PDC is akkoord en staat klaar om \
             in actie te gaan.",
            advies,
        ]),
        ..item("PvE lange termijn huisvesting MIT", Some(Treatment::TerConsultatie))
    });

    // The memo treats the three subjects together; "Zie agendapunt 1." is a cross-reference only.
    let governance = leaf(ItemDraft {
        annotation: s("Zie agendapunt 1."),
        advice_stance: Some(Stance::Akkoord),
        advice_text: s(advies),
        ..item("Governance", Some(Treatment::TerConsultatie))
    });

    let financieel = leaf(ItemDraft {
        annotation: s("Zie agendapunt 1."),
        advice_stance: Some(Stance::Akkoord),
        advice_text: s(advies),
        ..item("Financieel kader huisvesting MIT", Some(Treatment::TerConsultatie))
    });

    DemoMeeting {
        meeting: MeetingDraft {
            addressee: s(ADDRESSEE),
            author: s("[REDACTED]"),
            ..meeting("Stuurgroep MIT", "2022-04-20", "Schriftelijke consultatie huisvesting")
        },
        status: MeetingStatus::Preparing,
        parts: vec![DemoPart { title: String::new(), items: vec![pve, governance, financieel] }],
        decisions: Vec::new(),
        actions: Vec::new(),
    }
}

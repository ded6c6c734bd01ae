//! The search core: ranking, highlighting, filters, bounded gaps, and the background searcher.

use annoteer::dates::Date;
use annoteer::domain::{DecisionDraft, ItemDraft, MeetingDraft, MeetingId};
use annoteer::search::{search, search_counted, Corpus, NewRecord, Query, RecordKind, Scope, Searcher, Stage};
use annoteer::store::{Placement, Store};
use std::sync::Arc;
use std::time::Duration;

fn decision<'a>(id: i64, body: &'a str, date: &str, text: &'a str) -> NewRecord<'a> {
    NewRecord {
        kind: RecordKind::Decision,
        id,
        meeting_id: Some(MeetingId(id)),
        item_id: None,
        body,
        date: Date::parse_iso(date).unwrap(),
        reference: "",
        text,
        annotation: "",
        advice: "",
    }
}

fn corpus(rows: &[(&str, &str, &str)]) -> Corpus {
    let mut b = Corpus::builder();
    for (i, (body, date, text)) in rows.iter().enumerate() {
        b.push(decision(i as i64 + 1, body, date, text)).unwrap();
    }
    b.build()
}

fn texts(c: &Corpus, q: &str) -> Vec<String> {
    search(c, &Query::parse(q).unwrap(), 50).iter().map(|h| c.record(h.record).unwrap().text.to_string()).collect()
}

#[test]
fn a_decision_containing_the_word_comes_first() {
    let c = corpus(&[
        ("SG", "2022-05-01", "Effect van de nieuwe meting op het tijdpad wordt besproken"),
        ("SG", "2022-04-01", "De SG stemt in met het voorstel voor effectmeting"),
        ("SG", "2022-06-01", "Elfde financiele tranche: controle meting"),
        ("SG", "2022-06-02", "Niets hiervan"),
    ]);
    let found = texts(&c, "effectmeting");
    assert_eq!(found.first().map(String::as_str), Some("De SG stemt in met het voorstel voor effectmeting"));
    assert!(!found.contains(&"Niets hiervan".to_string()));
}

#[test]
fn equal_scores_put_the_newest_first() {
    let c = corpus(&[
        ("SG", "2020-01-01", "Akkoord met de begroting"),
        ("SG", "2023-01-01", "Akkoord met de begroting"),
        ("SG", "2021-01-01", "Akkoord met de begroting"),
    ]);
    let hits = search(&c, &Query::parse("begroting").unwrap(), 10);
    let years: Vec<i32> = hits.iter().map(|h| c.record(h.record).unwrap().date.year).collect();
    assert_eq!(years, vec![2023, 2021, 2020]);
}

#[test]
fn highlight_indices_are_character_positions_of_the_text() {
    let c = corpus(&[("SG", "2022-01-01", "Één café: besluit over effectmeting")]);
    let hits = search(&c, &Query::parse("cafe EFFECTMETING").unwrap(), 10);
    assert_eq!(hits.len(), 1);
    let text: Vec<char> = c.record(hits[0].record).unwrap().text.chars().collect();
    let marked: String = hits[0].indices.iter().map(|&i| text[i]).collect();
    assert_eq!(marked, "caféeffectmeting");
    assert!(hits[0].indices.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn filters_narrow_by_body_year_and_period() {
    let c = corpus(&[
        ("KLO", "2022-02-10", "Besluit over inzet"),
        ("KLO", "2022-03-10", "Besluit over inzet"),
        ("Stuurgroep MIT", "2022-04-10", "Besluit over inzet"),
        ("KLO", "2021-12-10", "Besluit over inzet"),
    ]);
    let dates = |q: &str| -> Vec<String> {
        search(&c, &Query::parse(q).unwrap(), 10).iter().map(|h| c.record(h.record).unwrap().date.iso()).collect()
    };
    assert_eq!(dates("body:klo year:2022 inzet"), vec!["2022-03-10", "2022-02-10"]);
    assert_eq!(dates("since:2022-03 inzet"), vec!["2022-04-10", "2022-03-10"]);
    assert_eq!(dates("until:2021 besluit"), vec!["2021-12-10"]);
    assert_eq!(dates("body:stuurgroep"), vec!["2022-04-10"]);
    assert_eq!(dates("body:HASG inzet"), Vec::<String>::new());
    assert_eq!(dates("").len(), 4, "an empty query lists the newest records");
}

#[test]
fn a_term_does_not_match_across_a_whole_record() {
    let c = corpus(&[
        ("SG", "2022-01-01", "FIOD overleg gepland, daarna verder kijken naar maatregelen"),
        ("SG", "2022-01-02", "FIOD en OM maken afspraken"),
    ]);
    assert_eq!(texts(&c, "fiod om"), vec!["FIOD en OM maken afspraken"]);
    let unbounded = fuzzy_matcher::skim::SkimMatcherV2::default().ignore_case();
    use fuzzy_matcher::FuzzyMatcher;
    assert!(
        unbounded.fuzzy_match("FIOD overleg gepland, daarna verder kijken naar maatregelen", "om").is_some(),
        "without a bound the scattered record would match"
    );
}

#[test]
fn typos_by_omission_and_abbreviations_still_match() {
    let c = corpus(&[("SG", "2022-01-01", "De stuurgroep neemt kennis van de voortgangsrapportage")]);
    assert_eq!(texts(&c, "stuurgrp vgrapp").len(), 1);
}

#[test]
fn matched_count_covers_all_records_not_just_the_shown() {
    let rows: Vec<(String, String)> =
        (0..300).map(|i| (format!("2022-01-{:02}", i % 28 + 1), format!("Besluit nummer {i}"))).collect();
    let mut b = Corpus::builder();
    for (i, (date, text)) in rows.iter().enumerate() {
        b.push(decision(i as i64 + 1, "SG", date, text)).unwrap();
    }
    let c = b.build();
    let found = search_counted(&c, &Query::parse("besluit").unwrap(), 5);
    assert_eq!((found.hits.len(), found.matched), (5, 300));
}

#[test]
fn corpus_loads_decisions_and_with_the_toggle_items_from_the_store() {
    let mut store = Store::open_in_memory().unwrap();
    let meeting = store
        .create_meeting(&MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2022-03-24".into(),
            ..Default::default()
        })
        .unwrap();
    let item = store
        .add_item(
            meeting,
            Placement::End { parent: None },
            None,
            &ItemDraft {
                title: "Voorstel voor effectmeting".into(),
                annotation: "De OG heeft het voorstel besproken".into(),
                advice_text: "Advies is akkoord te gaan".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .add_decision(&DecisionDraft {
            body: String::new(),
            meeting_id: Some(meeting),
            item_id: Some(item),
            date: "2022-03-24".into(),
            text: "De SG stemt in met de effectmeting".into(),
            reference: "Agendapunt 6".into(),
        })
        .unwrap();
    let decisions = Corpus::load(&store, Scope::Decisions).unwrap();
    assert_eq!(decisions.len(), 1);
    let r = decisions.record(0).unwrap();
    assert_eq!(
        (r.body, r.reference, r.meeting_id, r.item_id),
        ("Stuurgroep MIT", "Agendapunt 6", Some(meeting), Some(item))
    );
    let all = Corpus::load(&store, Scope::Everything).unwrap();
    assert_eq!(all.len(), 2, "one record per item, its title, annotation and advice together");
    let hits = search(&all, &Query::parse("effectmeting").unwrap(), 10);
    let kinds: Vec<RecordKind> = hits.iter().map(|h| all.record(h.record).unwrap().kind).collect();
    assert!(kinds.contains(&RecordKind::Decision) && kinds.contains(&RecordKind::Item), "{kinds:?}");
    assert!(hits.iter().all(|h| all.record(h.record).unwrap().item_id == Some(item)));
    // Words found in different parts of one item: the title holds one, the annotation the other.
    let both = search(&all, &Query::parse("kind:item effectmeting besproken").unwrap(), 10);
    assert_eq!(both.len(), 1);
    let r = all.record(both[0].record).unwrap();
    let marked: String = both[0].indices.iter().map(|&i| r.text.chars().nth(i).unwrap()).collect();
    assert_eq!(marked, "effectmetingbesproken");
    // kind:advice looks only in the advice: "akkoord" is there, "besproken" only in the annotation.
    let advice = search(&all, &Query::parse("kind:advice akkoord").unwrap(), 10);
    assert_eq!(advice.len(), 1);
    assert_eq!(all.record(advice[0].record).unwrap().kind, RecordKind::Item);
    assert!(search(&all, &Query::parse("kind:advice besproken").unwrap(), 10).is_empty());
}

/// A corpus big enough that a search takes a while: the first stage and cancellation have room to show.
fn big_corpus(n: usize) -> Corpus {
    let words = ["besluit", "stuurgroep", "effectmeting", "voorstel", "akkoord", "begroting", "fiod", "om", "labs"];
    let mut b = Corpus::builder();
    let mut text = String::new();
    for i in 0..n {
        text.clear();
        for k in 0..12 {
            text.push_str(words[(i * 7 + k * 13 + i / 3) % words.len()]);
            text.push(' ');
        }
        let date = format!("20{:02}-{:02}-{:02}", 10 + i % 13, i % 12 + 1, i % 28 + 1);
        b.push(decision(i as i64 + 1, if i % 2 == 0 { "SG" } else { "KLO" }, &date, &text)).unwrap();
    }
    b.build()
}

#[test]
fn the_searcher_answers_in_the_background_with_the_same_hits_as_a_direct_search() {
    let corpus = Arc::new(big_corpus(40_000));
    let searcher = Searcher::new(Arc::clone(&corpus));
    assert!(searcher.try_recv().is_none(), "nothing is there before a query");
    let q = Query::parse("akkoord begroting").unwrap();
    let generation = searcher.submit(q.clone(), 20);
    let mut stages = Vec::new();
    let last = loop {
        let u = searcher.recv_timeout(Duration::from_secs(30)).expect("an answer");
        assert_eq!(u.generation, generation);
        stages.push(u.stage);
        if u.stage == Stage::Final {
            break u;
        }
    };
    assert_eq!(stages.first(), Some(&Stage::Partial), "a large corpus answers from the newest records first");
    assert_eq!(last.hits, search(&corpus, &q, 20));
}

#[test]
fn a_newer_query_cancels_the_older_which_never_delivers() {
    let corpus = Arc::new(big_corpus(60_000));
    let searcher = Searcher::new(Arc::clone(&corpus));
    let old = searcher.submit(Query::parse("stuurgroep").unwrap(), 20);
    let new = searcher.submit(Query::parse("fiod labs").unwrap(), 20);
    assert!(new > old);
    loop {
        let u = searcher.recv_timeout(Duration::from_secs(30)).expect("an answer");
        assert_eq!(u.generation, new, "an answer to the stale query came through");
        if u.stage == Stage::Final {
            assert_eq!(u.hits, search(&corpus, &Query::parse("fiod labs").unwrap(), 20));
            break;
        }
    }
    // Let the worker finish anything it had; still nothing stale comes out.
    std::thread::sleep(Duration::from_millis(200));
    while let Some(u) = searcher.try_recv() {
        assert_eq!(u.generation, new);
    }
}

#[test]
fn typing_a_query_char_by_char_narrows_to_the_right_answer() {
    let corpus = Arc::new(big_corpus(30_000));
    let searcher = Searcher::new(Arc::clone(&corpus));
    let typed = "effect voor";
    for end in 1..=typed.len() {
        let q = Query::parse(&typed[..end]).unwrap();
        searcher.submit(q.clone(), 15);
        let last = loop {
            let u = searcher.recv_timeout(Duration::from_secs(30)).expect("an answer");
            if u.stage == Stage::Final {
                break u;
            }
        };
        assert_eq!(last.hits, search(&corpus, &q, 15), "after typing {:?}", &typed[..end]);
    }
}

#[test]
fn a_dropped_searcher_stops_its_worker() {
    let corpus = Arc::new(big_corpus(50_000));
    let searcher = Searcher::new(corpus);
    searcher.submit(Query::parse("e").unwrap(), 10);
    drop(searcher);
}

#[test]
fn pending_until_the_final_answer_and_the_waker_is_called() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let corpus = Arc::new(big_corpus(20_000));
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let searcher = Searcher::with_waker(
        Arc::clone(&corpus),
        Box::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }),
    );
    assert!(!searcher.pending());
    searcher.submit(Query::parse("voorstel").unwrap(), 10);
    assert!(searcher.pending() || calls.load(Ordering::SeqCst) > 0);
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while searcher.pending() {
        assert!(std::time::Instant::now() < deadline, "no final answer");
        std::thread::sleep(Duration::from_millis(1));
    }
    let mut last = None;
    while let Some(u) = searcher.try_recv() {
        last = Some(u);
    }
    assert_eq!(last.map(|u| u.stage), Some(Stage::Final), "the final answer is queued once nothing is pending");
    assert!(calls.load(Ordering::SeqCst) >= 1);
}

#[test]
fn a_corpus_loads_from_a_file_through_its_own_connection() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    {
        let mut store = Store::open(&path, annoteer::store::Access::Create).unwrap();
        store
            .add_decision(&DecisionDraft {
                body: "KLO".into(),
                date: "2022-03-08".into(),
                text: "Inzet akkoord".into(),
                ..Default::default()
            })
            .unwrap();
    }
    let c = Corpus::load_file(&path, Scope::Decisions).unwrap();
    assert_eq!(c.record(0).unwrap().text, "Inzet akkoord");
}

#[test]
fn a_new_corpus_is_searched_after_set_corpus() {
    let old = Arc::new(corpus(&[("SG", "2022-01-01", "Oud besluit")]));
    let new = Arc::new(corpus(&[("SG", "2023-01-01", "Nieuw besluit")]));
    let mut searcher = Searcher::new(old);
    searcher.set_corpus(Arc::clone(&new));
    assert!(!searcher.pending());
    searcher.submit(Query::parse("besluit").unwrap(), 10);
    let u = searcher.recv_timeout(Duration::from_secs(30)).expect("an answer");
    assert_eq!(u.stage, Stage::Final);
    let texts: Vec<&str> = u.hits.iter().map(|h| searcher.corpus().record(h.record).unwrap().text).collect();
    assert_eq!(texts, vec!["Nieuw besluit"]);
}

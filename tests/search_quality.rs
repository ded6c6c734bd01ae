//! The search's typo tolerance measured on the demo's own words: recall and precision per kind of typo
//! must stay above a floor (the benchmark reports the same on larger corpora, beside fzf).

use annoteer::search::quality::{labelled_queries, measure, TypoKind};
use annoteer::search::{search, Corpus, Query, Scope};
use annoteer::store::Store;

fn demo_corpus() -> Corpus {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo().unwrap();
    Corpus::load(&store, Scope::Everything).unwrap()
}

#[test]
fn one_typo_still_finds_the_word_in_the_top_ten() {
    let corpus = demo_corpus();
    let queries = labelled_queries(&corpus, 60, 5, 0xD3E0);
    let results =
        measure(&queries, |q| search(&corpus, &Query::parse(q).unwrap(), 10).iter().map(|h| h.record).collect());
    let mut report = String::new();
    for (kind, q) in &results {
        report.push_str(&format!(
            "{:24} {:3} queries  recall {:5.1}%  precision {:5.1}%\n",
            kind.name(),
            q.queries,
            100.0 * q.recall,
            100.0 * q.precision
        ));
    }
    println!("{report}");
    let get = |k: TypoKind| results.iter().find(|(kind, _)| *kind == k).map(|(_, q)| *q).unwrap();
    for kind in [TypoKind::Swapped, TypoKind::Wrong, TypoKind::Missing, TypoKind::Extra] {
        let q = get(kind);
        assert!(q.queries >= 50, "{report}");
        assert!(q.recall >= 0.9, "{} recall under 90%:\n{report}", kind.name());
    }
    assert!(get(TypoKind::Two).recall >= 0.8, "{report}");
    let exact = get(TypoKind::Exact);
    assert!(exact.recall >= 0.99 && exact.precision >= 0.97, "{report}");
}

#[test]
fn the_demo_effectmeting_item_comes_first_for_a_swapped_query() {
    let corpus = demo_corpus();
    let hits = search(&corpus, &Query::parse("effcetmeting tbml").unwrap(), 5);
    let r = corpus.record(hits[0].record).unwrap();
    assert!(r.text.starts_with("Voorstel voor effectmeting"), "{}", r.text);
    let chars: Vec<char> = r.text.chars().collect();
    let marked: String = hits[0].indices.iter().map(|&i| chars[i]).collect();
    assert_eq!(marked.to_lowercase(), "effectmetingtbml", "the letters that matched, swapped ones too");
}

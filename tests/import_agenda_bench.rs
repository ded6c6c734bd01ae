//! Timings of the agenda parser on large and hostile input (no timing assertions: the numbers are for
//! reading). `cargo test --release --test import_agenda_bench -- --ignored --nocapture`

use annoteer::import::agenda::parse_agenda;
use std::time::Instant;

fn time(label: &str, text: &str) {
    let start = Instant::now();
    let p = parse_agenda(text);
    let took = start.elapsed();
    let mb = text.len() as f64 / 1_000_000.0;
    println!(
        "{label:<44} {mb:>6.2} MB {:>9.1} ms {:>7.1} MB/s  items {:>6} notes {:>7}",
        took.as_secs_f64() * 1000.0,
        mb / took.as_secs_f64(),
        p.items.len(),
        p.note_lines()
    );
}

#[test]
#[ignore = "timings: cargo test --release --test import_agenda_bench -- --ignored --nocapture"]
fn parser_timings() {
    let seed = std::fs::read_to_string(format!(
        "{}/tests/fixtures/agenda_stuurgroep_2022-03-24.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    time("Stuurgroep 24 maart (one agenda)", &seed);
    let five_mb = 5 * 1024 * 1024;
    time("5 MB: the Stuurgroep agenda pasted over and over", &seed.repeat(five_mb / seed.len()));
    let numbered: String =
        (1..=999).map(|n| format!("{n}. Agendapunt {n}\nTer besluitvorming (bijlage, PGT)\n")).collect();
    time("999 numbered items with treatment lines", &numbered);
    let run_on: String =
        (1..=999).map(|n| format!("{n}. Punt {n} over de begroting Ter bespreking (bijlage) ")).collect();
    time("one line: 999 items run together", &run_on);
    time("one line of 100k characters, one word", &"a".repeat(100_000));
    time("one line of 100k '('", &format!("1. Titel {}", "(".repeat(100_000)));
    time("one line of 100k '<'", &format!("1. Titel {}", "<a".repeat(50_000)));
    time("one line of 100k '1. '", &"1. ".repeat(33_000));
    time("one line of 100k tabs", &format!("1.{}", "\tx".repeat(50_000)));
    let garbage: String = (0u32..five_mb as u32 / 3)
        .map(|i| char::from_u32(i.wrapping_mul(2_654_435_761) % 0x2_FFFF).unwrap_or('?'))
        .collect();
    time("5 MB of unicode garbage", &garbage);
}

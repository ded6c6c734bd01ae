//! Damaged mails never panic the reader: the committed mails cut, flipped and spliced at random (a fixed
//! seed, so a failure repeats), through reading, choosing the agenda, proposing and placing.

use annoteer::import::mail::choose::choose_agenda;
use annoteer::import::mail::names::safe_file_name;
use annoteer::import::mail::place::{place, ItemRef};
use annoteer::import::mail::propose::{bare_subject, find_body, find_date};
use annoteer::import::mail::read_mail;
use annoteer::import::mail::text::attachment_text;
use std::path::Path;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn fixtures() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail");
    let mut all: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    all.sort();
    all.into_iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn mutate(rng: &mut Lcg, base: &[u8], other: &[u8]) -> Vec<u8> {
    let mut b = base.to_vec();
    match rng.below(5) {
        0 => b.truncate(rng.below(b.len())),
        1 => {
            for _ in 0..1 + rng.below(20) {
                let i = rng.below(b.len());
                b[i] = rng.next() as u8;
            }
        }
        2 => {
            // Another mail's tail after this one's head: parts and boundaries that do not match.
            let (i, j) = (rng.below(b.len()), rng.below(other.len()));
            b.truncate(i);
            b.extend_from_slice(&other[j..]);
        }
        3 => {
            let i = rng.below(b.len());
            let junk: &[u8] =
                [&b"\r\n--"[..], b"=?utf-8?q?", b"\r\n\r\n", b"filename*0*=", b"; boundary=\"\""][rng.below(5)];
            b.splice(i..i, junk.iter().copied());
        }
        _ => {
            let (i, n) = (rng.below(b.len()), rng.below(4096));
            b.drain(i..(i + n).min(b.len()));
        }
    }
    b
}

#[test]
fn damaged_mails_give_errors_or_mails_never_panics() {
    let mails = fixtures();
    assert!(mails.len() >= 8);
    let items: Vec<ItemRef> = ["Opening", "Programmaplan 2027", "Memo aan de minister over het MIT", "Rondvraag"]
        .iter()
        .enumerate()
        .map(|(i, t)| ItemRef { number: (i + 1).to_string(), title: t.to_string() })
        .collect();
    let mut rng = Lcg(0x5eed_b5fb);
    let (mut read, mut refused) = (0, 0);
    for round in 0..1500 {
        let base = &mails[round % mails.len()];
        let other = &mails[rng.below(mails.len())];
        let bytes = mutate(&mut rng, base, other);
        match read_mail(&bytes) {
            Ok(mail) => {
                read += 1;
                let texts: Vec<Option<String>> = mail.attachments.iter().map(attachment_text).collect();
                let _ = choose_agenda(&mail, &texts);
                let _ = find_body(bare_subject(&mail.subject), &[]);
                let _ = find_date(&mail.subject, mail.sent);
                for (a, t) in mail.attachments.iter().zip(&texts) {
                    let name = safe_file_name(&a.name, "bijlage");
                    assert!(!name.contains(['/', '\\']) && name != ".." && !name.is_empty(), "{name:?}");
                    let _ = place(&name, t.as_deref(), &items, "Stuurgroep MIT");
                }
            }
            Err(e) => {
                refused += 1;
                assert!(!e.to_string().is_empty());
            }
        }
    }
    println!("1500 damaged mails: {read} read, {refused} refused, 0 panics");
    assert!(read > 0 && refused > 0, "both outcomes occur: {read} read, {refused} refused");
}

#[test]
fn damaged_msg_files_give_errors_never_panic() {
    let mut rng = Lcg(7);
    for _ in 0..300 {
        let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        let n = rng.below(4096);
        b.extend((0..n).map(|_| rng.next() as u8));
        // A plausible header (sector shift 9, version 3) now and then, so the reader goes further in.
        if rng.below(2) == 0 && b.len() > 40 {
            b[24..28].copy_from_slice(&[0x3E, 0, 3, 0]);
            b[28..32].copy_from_slice(&[0xFE, 0xFF, 0x09, 0]);
        }
        assert!(read_mail(&b).is_err());
    }
}

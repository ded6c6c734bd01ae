//! The demo's papers exist, so that opening one shows something instead of "ontbreekt" (issue 16).

mod common;
mod tool_support;
use common::{mode, Sandbox};
use std::process::Command;

#[test]
fn the_demo_writes_its_papers_next_to_the_database_and_links_them() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let papers = sb.path("demo-stukken");
    assert_eq!(mode(&papers), 0o700);
    let shown = sb.run(&["--db", db.to_str().unwrap(), "show", "1", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    let mut seen = 0;
    for item in json["items"].as_array().unwrap() {
        for d in item["documents"].as_array().into_iter().flatten() {
            let path = std::path::PathBuf::from(d["document"]["path"].as_str().unwrap());
            assert!(path.starts_with(&papers) && path.is_file(), "{path:?}");
            assert_eq!(mode(&path), 0o600, "{path:?}");
            seen += 1;
        }
    }
    assert!(seen >= 4, "the Stuurgroep's papers: {seen}");
}

#[test]
fn the_papers_open_as_what_their_names_say() {
    let sb = Sandbox::new();
    sb.demo_db();
    let papers = sb.path("demo-stukken");
    if tool_support::have("pandoc", &["--version"], "reading a demo .docx") {
        let out = Command::new("pandoc").args(["-t", "plain"]).arg(papers.join("Memo Min.v5.2.docx")).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("Demo: Memo Min.v5.2.docx"));
    }
    if tool_support::have("pdftotext", &["-v"], "reading a demo .pdf") {
        let out = Command::new("pdftotext").arg(papers.join("Programmaplan 2022.pdf")).arg("-").output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("Demo: Programmaplan 2022.pdf"));
    }
}

//! Word's numbering as Word shows it, on documents written part by part the way Word writes them.

use super::read;
use crate::import::read::error::ReadError;
use std::io::Write;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

pub(crate) fn docx(document_body: &str, numbering: Option<&str>, styles: Option<&str>) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let mut part = |name: &str, text: String| {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    };
    part("[Content_Types].xml", "<Types/>".into());
    part("word/document.xml", format!("<w:document {W}><w:body>{document_body}</w:body></w:document>"));
    if let Some(n) = numbering {
        part("word/numbering.xml", format!("<w:numbering {W}>{n}</w:numbering>"));
    }
    if let Some(s) = styles {
        part("word/styles.xml", format!("<w:styles {W}>{s}</w:styles>"));
    }
    zip.finish().unwrap().into_inner()
}

fn p(num: Option<(i64, i64)>, text: &str) -> String {
    let num_pr = num.map_or(String::new(), |(id, lvl)| {
        format!(r#"<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{id}"/></w:numPr></w:pPr>"#)
    });
    format!("<w:p>{num_pr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

fn lvl(i: usize, fmt: &str, text: &str, start: i64) -> String {
    format!(
        r#"<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>"#
    )
}

fn lines(bytes: &[u8]) -> Vec<String> {
    read(bytes, "test.docx").unwrap().lines().map(str::to_string).collect()
}

/// Level 0 "1.", level 1 "1.1", level 2 "a)"; two nums on abstractNum 0 (the second continues), a third
/// restarting level 0 at 1.
fn three_level_numbering() -> String {
    format!(
        r#"<w:abstractNum w:abstractNumId="0">{}{}{}</w:abstractNum>
           <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
           <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
           <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#,
        lvl(0, "decimal", "%1.", 1),
        lvl(1, "decimal", "%1.%2", 1),
        lvl(2, "lowerLetter", "%3)", 1)
    )
}

#[test]
fn levels_deeper_levels_restart_and_a_new_num_continues() {
    let body = [
        p(Some((1, 0)), "Opening"),
        p(Some((1, 0)), "Verslagen"),
        p(Some((1, 1)), "Verslag AB"),
        p(Some((1, 2)), "concept"),
        p(Some((1, 2)), "definitief"),
        p(Some((1, 1)), "Actielijst"),
        p(None, "Ter kennisname"),
        p(Some((2, 0)), "Begroting"),
        p(Some((2, 1)), "Kadernota"),
    ]
    .concat();
    assert_eq!(
        lines(&docx(&body, Some(&three_level_numbering()), None)),
        [
            "1. Opening",
            "2. Verslagen",
            "2.1 Verslag AB",
            "a) concept",
            "b) definitief",
            "2.2 Actielijst",
            "Ter kennisname",
            "3. Begroting",
            "3.1 Kadernota"
        ]
    );
}

#[test]
fn start_override_restarts_where_the_new_num_begins() {
    let body =
        [p(Some((1, 0)), "A"), p(Some((1, 0)), "B"), p(Some((3, 0)), "C"), p(Some((3, 0)), "D"), p(Some((1, 0)), "E")]
            .concat();
    // Word: num 3 restarts the shared list at 1; num 1 then continues the same counters.
    assert_eq!(lines(&docx(&body, Some(&three_level_numbering()), None)), ["1. A", "2. B", "1. C", "2. D", "3. E"]);
}

#[test]
fn formats_start_values_and_roman_sections() {
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="7">{}{}</w:abstractNum>
           <w:abstractNum w:abstractNumId="8">{}</w:abstractNum>
           <w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num>
           <w:num w:numId="5"><w:abstractNumId w:val="8"/></w:num>"#,
        lvl(0, "upperRoman", "%1", 1),
        lvl(1, "decimalZero", "%2.", 1),
        lvl(0, "upperLetter", "%1.", 3)
    );
    let body = [
        p(Some((4, 0)), "Opening"),
        p(Some((4, 1)), "Mededelingen"),
        p(Some((4, 0)), "Ter behandeling"),
        p(Some((4, 1)), "Begroting"),
        p(Some((5, 0)), "derde"),
    ]
    .concat();
    assert_eq!(
        lines(&docx(&body, Some(&numbering), None)),
        ["I Opening", "01. Mededelingen", "II Ter behandeling", "01. Begroting", "C. derde"]
    );
}

#[test]
fn numbering_from_the_paragraph_style_and_its_base() {
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="0">{}{}</w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="0"/></w:num>"#,
        lvl(0, "decimal", "%1.", 1),
        lvl(1, "lowerLetter", "%1%2.", 1)
    );
    let styles = r#"
        <w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Agendapunt"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Subpunt"><w:basedOn w:val="Agendapunt"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>"#;
    let styled = |style: &str, text: &str| {
        format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
    };
    let body = [
        styled("Agendapunt", "Opening"),
        styled("Agendapunt", "Verslagen"),
        styled("Subpunt", "Mededelingen"),
        styled("Subpunt", "Verslag"),
        p(None, "Toelichting"),
        // numId 0 takes the style's numbering off this one paragraph.
        r#"<w:p><w:pPr><w:pStyle w:val="Agendapunt"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>geen nummer</w:t></w:r></w:p>"#.to_string(),
        styled("Agendapunt", "Rondvraag"),
    ]
    .concat();
    assert_eq!(
        lines(&docx(&body, Some(&numbering), Some(styles))),
        ["1. Opening", "2. Verslagen", "2a. Mededelingen", "2b. Verslag", "Toelichting", "geen nummer", "3. Rondvraag"]
    );
}

#[test]
fn tables_deletions_hidden_text_and_breaks() {
    let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
    let body = format!(
        r#"<w:p><w:r><w:t>Vergadering </w:t></w:r><w:del><w:r><w:delText>oud</w:delText></w:r></w:del><w:ins><w:r><w:t>AB</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen</w:t></w:r></w:p>
           <w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}<w:tc><w:p><w:r><w:t>Begroting</w:t></w:r></w:p><w:p><w:r><w:t>2027</w:t></w:r></w:p></w:tc>{}</w:tr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>
           <w:p><w:r><w:t>regel een</w:t><w:br/><w:t>regel twee</w:t><w:tab/><w:t>kolom</w:t></w:r></w:p>
           <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>zichtbaar</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#,
        cell("Nr"),
        cell("Onderwerp"),
        cell("Behandeling"),
        cell("4"),
        cell("Ter besluitvorming")
    );
    assert_eq!(
        lines(&docx(&body, None, None)),
        [
            "Vergadering AB",
            "Nr\tOnderwerp\tBehandeling",
            "4\tBegroting 2027\tTer besluitvorming",
            "regel een",
            "regel twee\tkolom",
            "zichtbaar"
        ]
    );
}

#[test]
fn text_boxes_are_read_once_not_their_fallback_copy() {
    let body = r#"<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r><w:t>Anker</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#;
    assert_eq!(lines(&docx(body, None, None)), ["Anker", "In het kader"]);
}

#[test]
fn a_damaged_part_and_a_zip_bomb_are_refused() {
    let broken = docx("<w:p><w:r><w:t>open", None, None);
    assert!(matches!(read(&broken, "x.docx"), Err(ReadError::WordDamaged { .. })));

    // 60 MB of spaces in document.xml compress to a few tens of KB: over the unpacked budget.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..60 {
        zip.write_all(&chunk).unwrap();
    }
    let bomb = zip.finish().unwrap().into_inner();
    assert!(bomb.len() < 1 << 20, "the bomb is small: {}", bomb.len());
    assert!(matches!(read(&bomb, "bom.docx"), Err(ReadError::ZipBomb { .. })));
}

//! The package's other parts: content types, relationships, document properties, numbering, settings,
//! and the page header and footer (classification on every page, "pagina 2 van 5").

use super::xml::escaped;
use crate::dates::Date;
use crate::memo::model::Meta;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

pub fn content_types(custom: bool) -> String {
    let mut xml = format!(
        r#"{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
    );
    if custom {
        xml.push_str(r#"<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>"#);
    }
    xml.push_str("</Types>");
    xml
}

pub fn package_rels(custom: bool) -> String {
    let mut xml = format!(
        r#"{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
    );
    if custom {
        xml.push_str(r#"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>"#);
    }
    xml.push_str("</Relationships>");
    xml
}

pub fn document_rels() -> String {
    format!(
        r#"{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#
    )
}

pub fn document(body: &str) -> String {
    // A4, 2.5 cm margins, the header and footer of rId4 and rId5 on every page.
    format!(
        r#"{DECL}<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="709" w:footer="709" w:gutter="0"/><w:cols w:space="708"/></w:sectPr></w:body></w:document>"#
    )
}

/// Word's created and modified times: the meeting's day, so the same data gives the same bytes.
fn timestamp(meta: &Meta) -> Option<String> {
    Date::parse_iso(&meta.date).map(|d| format!("{}T00:00:00Z", d.iso()))
}

pub fn core(meta: &Meta) -> String {
    let mut xml = format!(
        r#"{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
    );
    let mut element = |tag: &str, value: &str| {
        if !value.trim().is_empty() {
            xml.push_str(&format!("<{tag}>{}</{tag}>", escaped(value)));
        }
    };
    element("dc:title", &meta.title);
    element("dc:subject", &meta.subject);
    element("dc:creator", &meta.author);
    // The classification also as the category, which Word shows among the file's properties.
    element("cp:category", &meta.classification);
    element("dc:language", &meta.lang);
    if let Some(at) = timestamp(meta) {
        xml.push_str(&format!(
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{at}</dcterms:modified>"#
        ));
    }
    xml.push_str("</cp:coreProperties>");
    xml
}

pub fn app() -> String {
    format!(
        r#"{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>annoteer</Application><DocSecurity>0</DocSecurity></Properties>"#
    )
}

/// The classification as the custom property "Rubricering" (fields and DMS rules can use it).
pub fn custom(meta: &Meta) -> Option<String> {
    if meta.classification.trim().is_empty() {
        return None;
    }
    Some(format!(
        r#"{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="Rubricering"><vt:lpwstr>{}</vt:lpwstr></property></Properties>"#,
        escaped(&meta.classification)
    ))
}

pub fn settings() -> String {
    format!(
        r#"{DECL}<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:themeFontLang w:val="nl-NL"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#
    )
}

/// One bullet list definition (numId 1) and one numbered one, instanced once per numbered list so that
/// each starts at 1 (numId 2, 3 …).
pub fn numbering(numbered_lists: usize) -> String {
    let mut xml = format!(
        r#"{DECL}<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>"#
    );
    let bullets = ["•", "◦", "▪"];
    for level in 0..9 {
        let indent = 360 * (level + 1);
        xml.push_str(&format!(
            r#"<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>"#,
            bullets[level % 3]
        ));
    }
    xml.push_str(r#"</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>"#);
    for level in 0..9 {
        let indent = 360 * (level + 1);
        let format = ["decimal", "lowerLetter", "lowerRoman"][level % 3];
        xml.push_str(&format!(
            r#"<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="%{}."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>"#,
            level + 1
        ));
    }
    xml.push_str(r#"</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#);
    for n in 0..numbered_lists {
        xml.push_str(&format!(r#"<w:num w:numId="{}"><w:abstractNumId w:val="1"/>"#, n + 2));
        for level in 0..9 {
            xml.push_str(&format!(r#"<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="1"/></w:lvlOverride>"#));
        }
        xml.push_str("</w:num>");
    }
    xml.push_str("</w:numbering>");
    xml
}

fn classification_paragraph(style: &str, classification: &str) -> String {
    if classification.trim().is_empty() {
        return String::new();
    }
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{}"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
        escaped(style),
        escaped(classification)
    )
}

/// A field Word fills in when it lays out the page; the text in it is what shows before that.
fn field(instruction: &str, shown: &str) -> String {
    format!(
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
    )
}

pub fn header(style: &str, classification: &str) -> String {
    let mut paragraph = classification_paragraph(style, classification);
    if paragraph.is_empty() {
        paragraph = format!(r#"<w:p><w:pPr><w:pStyle w:val="{}"/></w:pPr></w:p>"#, escaped(style));
    }
    format!(r#"{DECL}<w:hdr xmlns:w="{W}" xmlns:r="{R}">{paragraph}</w:hdr>"#)
}

/// The classification, then "pagina 2 van 5".
pub fn footer(style: &str, classification: &str) -> String {
    format!(
        r#"{DECL}<w:ftr xmlns:w="{W}" xmlns:r="{R}">{}<w:p><w:pPr><w:pStyle w:val="{}"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">pagina </w:t></w:r>{}<w:r><w:t xml:space="preserve"> van </w:t></w:r>{}</w:p></w:ftr>"#,
        classification_paragraph(style, classification),
        escaped(style),
        field("PAGE", "1"),
        field("NUMPAGES", "1"),
    )
}

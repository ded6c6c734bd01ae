//! Word's own built-in styles (Title, heading 1–6, List Bullet, List Number, Table Grid, header, footer),
//! so the navigation pane shows the items and a house style restyles the memo; or a user's template,
//! whose styles.xml is taken whole.
//!
//! Word knows a built-in style by its name ("heading 1"), not by its id: a Dutch Word saves that style
//! with the id "Kop1". A template's ids are therefore looked up by name, and a style the template lacks
//! is added to it from annoteer's own definitions.

use super::xml::escaped;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;

const MAIN_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// What a paragraph or table is, whatever a template calls the style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StyleRole {
    Title,
    Heading(usize),
    ListBullet,
    ListNumber,
    Table,
    Header,
    Footer,
}

impl StyleRole {
    const ALL: [StyleRole; 12] = [
        StyleRole::Title,
        StyleRole::Heading(1),
        StyleRole::Heading(2),
        StyleRole::Heading(3),
        StyleRole::Heading(4),
        StyleRole::Heading(5),
        StyleRole::Heading(6),
        StyleRole::ListBullet,
        StyleRole::ListNumber,
        StyleRole::Table,
        StyleRole::Header,
        StyleRole::Footer,
    ];

    /// Word's built-in name, the same in every language.
    fn name(self) -> String {
        match self {
            StyleRole::Title => "Title".into(),
            StyleRole::Heading(n) => format!("heading {n}"),
            StyleRole::ListBullet => "List Bullet".into(),
            StyleRole::ListNumber => "List Number".into(),
            StyleRole::Table => "Table Grid".into(),
            StyleRole::Header => "header".into(),
            StyleRole::Footer => "footer".into(),
        }
    }

    /// The id an English Word gives it, used in annoteer's own styles.
    fn default_id(self) -> String {
        match self {
            StyleRole::Heading(n) => format!("Heading{n}"),
            other => other.name().split_whitespace().map(capitalised).collect(),
        }
    }

    /// Annoteer's definition of the style, with the given id.
    fn definition(self, id: &str, normal: &str) -> String {
        let id = escaped(id);
        let normal = escaped(normal);
        let name = escaped(&self.name());
        match self {
            StyleRole::Title => format!(
                r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:contextualSpacing/></w:pPr><w:rPr><w:b/><w:kern w:val="28"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>"#
            ),
            StyleRole::Heading(n) => {
                let size = [32, 26, 24, 22, 22, 22][n.clamp(1, 6) - 1];
                let before = if n == 1 { 360 } else { 240 };
                let italic = if n >= 4 { "<w:i/>" } else { "" };
                format!(
                    r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="120"/><w:outlineLvl w:val="{}"/></w:pPr><w:rPr><w:b/>{italic}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>"#,
                    n - 1
                )
            }
            StyleRole::ListBullet | StyleRole::ListNumber => format!(
                r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="{normal}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:contextualSpacing/></w:pPr></w:style>"#
            ),
            StyleRole::Table => format!(
                r#"<w:style w:type="table" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
            ),
            StyleRole::Header | StyleRole::Footer => format!(
                r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="{normal}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>"#
            ),
        }
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The style id to write for each role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyleIds(HashMap<StyleRole, String>);

impl StyleIds {
    pub fn id(&self, role: StyleRole) -> &str {
        self.0.get(&role).map(String::as_str).unwrap_or("Normal")
    }
}

/// A user's template: its styles.xml, with the ids its built-in styles go by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    styles_xml: String,
    /// Lower-case style name → (id, type).
    by_name: HashMap<String, (String, String)>,
    ids: Vec<String>,
}

/// Why a file cannot serve as a template (said in the caller's sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateProblem {
    NotDocx,
    NoStyles,
    TooLarge,
    BadStyles(String),
}

/// The most a template's styles.xml may hold once unpacked: real ones are well under a megabyte.
const MAX_STYLES_BYTES: u64 = 16 * 1024 * 1024;

impl Template {
    /// Reads the styles of a .docx or .dotx given as bytes.
    pub fn from_docx(bytes: &[u8]) -> Result<Template, TemplateProblem> {
        use std::io::Read;
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| TemplateProblem::NotDocx)?;
        let mut file = archive.by_name("word/styles.xml").map_err(|_| TemplateProblem::NoStyles)?;
        let mut raw = Vec::new();
        (&mut file).take(MAX_STYLES_BYTES + 1).read_to_end(&mut raw).map_err(|_| TemplateProblem::NotDocx)?;
        if raw.len() as u64 > MAX_STYLES_BYTES {
            return Err(TemplateProblem::TooLarge);
        }
        let text = String::from_utf8(raw).map_err(|_| TemplateProblem::BadStyles("it is not UTF-8".into()))?;
        Template::from_styles_xml(text)
    }

    fn from_styles_xml(styles_xml: String) -> Result<Template, TemplateProblem> {
        let bad = |why: &str| TemplateProblem::BadStyles(why.to_string());
        let mut reader = Reader::from_str(&styles_xml);
        let mut by_name = HashMap::new();
        let mut ids = Vec::new();
        let mut root_ok = false;
        let mut depth = 0usize;
        // The style being read: its id and type, until its name is seen.
        let mut current: Option<(String, String)> = None;
        loop {
            let event = reader.read_event().map_err(|e| TemplateProblem::BadStyles(e.to_string()))?;
            let (start, empty) = match &event {
                Event::Start(e) => (Some(e.clone()), false),
                Event::Empty(e) => (Some(e.clone()), true),
                Event::End(_) => {
                    depth = depth.saturating_sub(1);
                    if depth == 1 {
                        current = None;
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let Some(e) = start else { continue };
            let local = e.local_name();
            let attr = |key: &str| {
                e.attributes()
                    .flatten()
                    .find(|a| a.key.local_name().into_inner() == key)
                    .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
            };
            if depth == 0 {
                // The root must be w:styles with the transitional namespace bound to "w", as Word writes it,
                // so that styles added to it mean what they say.
                let w_ns =
                    e.attributes().flatten().find(|a| a.key.into_inner() == "xmlns:w").and_then(|a| {
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned())
                    });
                if local.into_inner() != "styles"
                    || e.name().into_inner() != "w:styles"
                    || w_ns.as_deref() != Some(MAIN_NS)
                {
                    return Err(bad("its root is not Word's w:styles"));
                }
                root_ok = true;
            } else if depth == 1 && local.into_inner() == "style" {
                let id = attr("styleId").unwrap_or_default();
                ids.push(id.clone());
                current = Some((id, attr("type").unwrap_or_else(|| "paragraph".into())));
            } else if depth == 2 && local.into_inner() == "name" {
                if let (Some((id, kind)), Some(name)) = (&current, attr("val")) {
                    by_name.entry(name.to_lowercase()).or_insert_with(|| (id.clone(), kind.clone()));
                }
            }
            if !empty {
                depth += 1;
            }
        }
        if !root_ok || !styles_xml.trim_end().ends_with("</w:styles>") {
            return Err(bad("it does not end with </w:styles>"));
        }
        Ok(Template { styles_xml, by_name, ids })
    }

    /// The template's styles.xml with every style annoteer uses, and the ids to use for them.
    fn resolve(&self) -> (String, StyleIds) {
        let mut ids = HashMap::new();
        let mut added = String::new();
        let mut taken: Vec<String> = self.ids.iter().map(|i| i.to_lowercase()).collect();
        for role in StyleRole::ALL {
            let want = if role == StyleRole::Table { "table" } else { "paragraph" };
            match self.by_name.get(&role.name().to_lowercase()) {
                Some((id, kind)) if kind == want => {
                    ids.insert(role, id.clone());
                }
                _ => {
                    let mut id = role.default_id();
                    while taken.contains(&id.to_lowercase()) {
                        id = format!("Annoteer{id}");
                    }
                    taken.push(id.to_lowercase());
                    let normal = self.by_name.get("normal").map_or("Normal", |(id, _)| id.as_str());
                    added.push_str(&role.definition(&id, normal));
                    ids.insert(role, id);
                }
            }
        }
        let end = self.styles_xml.rfind("</w:styles>").unwrap_or(self.styles_xml.len());
        let xml = format!("{}{added}{}", &self.styles_xml[..end], &self.styles_xml[end..]);
        (xml, StyleIds(ids))
    }
}

/// styles.xml and the ids to use: the template's when there is one, else annoteer's own.
pub fn styles(template: Option<&Template>) -> (String, StyleIds) {
    if let Some(t) = template {
        return t.resolve();
    }
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
        r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>"#,
        r#"<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#,
        r#"<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#,
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#,
        r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
        r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
        r#"<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
    ));
    let mut ids = HashMap::new();
    for role in StyleRole::ALL {
        let id = role.default_id();
        xml.push_str(&role.definition(&id, "Normal"));
        ids.insert(role, id);
    }
    xml.push_str("</w:styles>");
    (xml, StyleIds(ids))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_styles_use_words_english_ids() {
        let (xml, ids) = styles(None);
        assert_eq!(ids.id(StyleRole::Heading(2)), "Heading2");
        assert_eq!(ids.id(StyleRole::ListBullet), "ListBullet");
        assert_eq!(ids.id(StyleRole::Table), "TableGrid");
        assert!(xml.contains(r#"w:styleId="Heading1"><w:name w:val="heading 1"/>"#));
        assert!(Template::from_styles_xml(xml).is_ok(), "annoteer's own styles read as a template");
    }

    #[test]
    fn a_dutch_templates_ids_are_found_by_name_and_missing_styles_added() {
        let xml = format!(
            r#"<?xml version="1.0"?><w:styles xmlns:w="{MAIN_NS}"><w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="1F3864"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Huisstijl kop"/></w:style></w:styles>"#
        );
        let (merged, ids) = Template::from_styles_xml(xml.clone()).unwrap().resolve();
        assert_eq!(ids.id(StyleRole::Heading(1)), "Kop1");
        // Heading2 is taken by another style: the added one gets an id of its own.
        assert_eq!(ids.id(StyleRole::Heading(2)), "AnnoteerHeading2");
        assert!(merged.starts_with(&xml[..xml.len() - "</w:styles>".len()]));
        assert!(merged.ends_with("</w:styles>"));
        assert_eq!(merged.matches("<w:name w:val=\"heading 1\"/>").count(), 1);
        assert!(merged.contains(r#"w:styleId="ListBullet"><w:name w:val="List Bullet"/>"#));
    }

    #[test]
    fn anything_else_is_refused() {
        assert_eq!(Template::from_docx(b"not a zip"), Err(TemplateProblem::NotDocx));
        assert!(Template::from_styles_xml("<styles/>".into()).is_err());
        assert!(Template::from_styles_xml(format!(r#"<w:styles xmlns:w="{MAIN_NS}"><w:style>"#)).is_err());
        let strict = r#"<w:styles xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"></w:styles>"#;
        assert!(Template::from_styles_xml(strict.into()).is_err());
    }
}

//! The numbering that paragraph styles carry (`styles.xml`): a "Kop 1" or "Agendapunt" style with its own
//! `numPr` numbers every paragraph of that style without a `numPr` in the paragraph itself.

use super::xml::{child, child_val, children, int, w_attr};
use roxmltree::Document;
use std::collections::HashMap;

/// basedOn chains are short; a cycle in a damaged file must not loop.
const MAX_CHAIN: usize = 32;

#[derive(Debug, Default)]
pub(super) struct Styles {
    paragraph: HashMap<String, StyleDef>,
    /// Numbering styles (`w:type="numbering"`) by id: the num they point at, for `numStyleLink`.
    numbering: HashMap<String, i64>,
    default_paragraph: Option<String>,
}

#[derive(Debug, Default)]
struct StyleDef {
    based_on: Option<String>,
    num_id: Option<i64>,
    ilvl: Option<i64>,
}

/// What a paragraph's style says about its numbering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct StyleNumbering {
    pub num_id: i64,
    pub ilvl: Option<i64>,
    /// The style in the chain that set the num, which numbering.xml may tie to a level (`lvl/pStyle`).
    pub style_id: String,
}

impl Styles {
    pub fn parse(doc: &Document<'_>) -> Styles {
        let mut styles = Styles::default();
        for style in children(doc.root_element(), "style") {
            let Some(id) = w_attr(style, "styleId") else { continue };
            let num_pr = child(style, "pPr").and_then(|p| child(p, "numPr"));
            let num_id = num_pr.and_then(|n| int(child_val(n, "numId")));
            match w_attr(style, "type").unwrap_or("paragraph") {
                "paragraph" => {
                    if matches!(w_attr(style, "default"), Some("1" | "true" | "on")) {
                        styles.default_paragraph = Some(id.to_string());
                    }
                    let def = StyleDef {
                        based_on: child_val(style, "basedOn").map(str::to_string),
                        num_id,
                        ilvl: num_pr.and_then(|n| int(child_val(n, "ilvl"))),
                    };
                    styles.paragraph.insert(id.to_string(), def);
                }
                "numbering" => {
                    if let Some(n) = num_id {
                        styles.numbering.insert(id.to_string(), n);
                    }
                }
                _ => {}
            }
        }
        styles
    }

    /// The numbering a paragraph of this style (or of the default style, when it names none) gets.
    pub fn numbering(&self, style_id: Option<&str>) -> Option<StyleNumbering> {
        let mut id = style_id.map(str::to_string).or_else(|| self.default_paragraph.clone())?;
        let mut ilvl = None;
        for _ in 0..MAX_CHAIN {
            let def = self.paragraph.get(&id)?;
            ilvl = ilvl.or(def.ilvl);
            if let Some(num_id) = def.num_id {
                return Some(StyleNumbering { num_id, ilvl, style_id: id });
            }
            id = def.based_on.clone()?;
        }
        None
    }

    pub fn numbering_style_num(&self, style_id: &str) -> Option<i64> {
        self.numbering.get(style_id).copied()
    }
}

//! The XML side shared by the parts: parsing with limits, and WordprocessingML names.

use roxmltree::{Document, Node, ParsingOptions};

/// Transitional and Strict OOXML name the WordprocessingML namespace differently.
const W_NAMESPACES: [&str; 2] = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
const MC_NAMESPACE: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// No DTD (so no entity expansion bomb); the node count bounds memory for a 50 MB part.
pub(super) fn parse(text: &str) -> Result<Document<'_>, String> {
    let options = ParsingOptions { allow_dtd: false, nodes_limit: 20_000_000, ..ParsingOptions::default() };
    Document::parse_with_options(text.trim_start_matches('\u{feff}'), options).map_err(|e| e.to_string())
}

/// The WordprocessingML local name of an element, or None for text and other namespaces.
pub(super) fn w_name<'a>(node: Node<'a, '_>) -> Option<&'a str> {
    if !node.is_element() {
        return None;
    }
    let tag = node.tag_name();
    tag.namespace().filter(|ns| W_NAMESPACES.contains(ns)).map(|_| tag.name())
}

pub(super) fn is_mc(node: Node<'_, '_>, local: &str) -> bool {
    node.is_element() && node.tag_name().namespace() == Some(MC_NAMESPACE) && node.tag_name().name() == local
}

/// The `w:` attribute of that local name (`w:val`, `w:numId`, ...).
pub(super) fn w_attr<'a>(node: Node<'a, '_>, local: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == local && a.namespace().is_none_or(|ns| W_NAMESPACES.contains(&ns)))
        .map(|a| a.value())
}

pub(super) fn child<'a, 'i>(node: Node<'a, 'i>, local: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| w_name(*c) == Some(local))
}

pub(super) fn children<'a, 'i: 'a>(node: Node<'a, 'i>, local: &'a str) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children().filter(move |c| w_name(*c) == Some(local))
}

/// The `w:val` of a child element: `<w:pStyle w:val="Kop1"/>`.
pub(super) fn child_val<'a>(node: Node<'a, '_>, local: &str) -> Option<&'a str> {
    child(node, local).and_then(|c| w_attr(c, "val"))
}

pub(super) fn int(text: Option<&str>) -> Option<i64> {
    text.and_then(|t| t.trim().parse().ok())
}

/// An on/off property such as `<w:vanish/>`: on unless its val says false.
pub(super) fn is_on(node: Option<Node<'_, '_>>) -> bool {
    node.is_some_and(|n| !matches!(w_attr(n, "val"), Some("0" | "false" | "off")))
}

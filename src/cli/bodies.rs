//! `bodies`: which body prepares for which (OG → HASG → Stuurgroep), listed or set, headless.

use super::io_err;
use crate::domain::{Body, BodyId};
use crate::error::{BodyRefusal, Error, Result};
use crate::history::bodies::body_and_preparers;
use crate::locale::Lang;
use crate::store::Store;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct JsonBody<'a> {
    id: i64,
    name: &'a str,
    full_name: &'a str,
    /// The name of the body this one prepares for, or null.
    prepares_for: Option<&'a str>,
}

fn name_of(bodies: &[Body], id: Option<BodyId>) -> Option<&str> {
    id.and_then(|id| bodies.iter().find(|b| b.id == id)).map(|b| b.name.as_str())
}

/// Every body with the body it prepares for, by name.
pub fn list(store: &Store, json: bool, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let bodies = store.bodies()?;
    if json {
        let rows: Vec<JsonBody> = bodies
            .iter()
            .map(|b| JsonBody {
                id: b.id.0,
                name: &b.name,
                full_name: &b.full_name,
                prepares_for: name_of(&bodies, b.prepares_for),
            })
            .collect();
        return super::write_json(out, &rows);
    }
    if bodies.is_empty() {
        let line = match lang {
            Lang::Nl => "nog geen gremia; een gremium ontstaat met zijn eerste vergadering",
            Lang::En => "no bodies yet; a body is made with its first meeting",
        };
        writeln!(out, "{line}").map_err(io_err)?;
        return Ok(());
    }
    let w = bodies.iter().map(|b| b.name.chars().count()).max().unwrap_or(4).max(4);
    let (body, prepares) = match lang {
        Lang::Nl => ("gremium", "bereidt voor"),
        Lang::En => ("body", "prepares for"),
    };
    writeln!(out, "{:>4}  {body:<w$}  {prepares}", "id").map_err(io_err)?;
    for b in &bodies {
        let target = name_of(&bodies, b.prepares_for).unwrap_or("-");
        writeln!(out, "{:>4}  {:<w$}  {target}", b.id.0, b.name).map_err(io_err)?;
    }
    Ok(())
}

fn find(bodies: &[Body], name: &str) -> Result<Body> {
    let wanted = name.trim().to_lowercase();
    bodies
        .iter()
        .find(|b| b.name.to_lowercase() == wanted)
        .cloned()
        .ok_or_else(|| Error::from(BodyRefusal::Unknown(name.trim().to_string())))
}

/// Tells that `name` prepares for `target` (a body's name, or `none`); refuses an unknown body and a
/// circle, changing nothing.
pub fn set(store: &mut Store, name: &str, target: &str, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let bodies = store.bodies()?;
    let body = find(&bodies, name)?;
    let target = if target.trim().eq_ignore_ascii_case("none") { None } else { Some(find(&bodies, target)?) };
    if let Some(t) = &target {
        if t.id == body.id {
            return Err(BodyRefusal::PreparesForItself(body.name).into());
        }
        if body_and_preparers(&bodies, body.id).contains(&t.id) {
            let path = path(&bodies, t.id, body.id);
            return Err(BodyRefusal::Circle { body: body.name, target: t.name.clone(), path }.into());
        }
    }
    store.set_prepares_for(body.id, target.as_ref().map(|t| t.id))?;
    match (lang, &target) {
        (Lang::Nl, Some(t)) => writeln!(out, "{} bereidt {} voor", body.name, t.name),
        (Lang::Nl, None) => writeln!(out, "{} bereidt voor geen gremium voor", body.name),
        (Lang::En, Some(t)) => writeln!(out, "{} prepares for {}", body.name, t.name),
        (Lang::En, None) => writeln!(out, "{} prepares for no body", body.name),
    }
    .map_err(io_err)
}

/// The preparing path from `from` up to `to`, as "OG → HASG → Stuurgroep MIT".
fn path(bodies: &[Body], from: BodyId, to: BodyId) -> String {
    let mut names = Vec::new();
    let mut current = Some(from);
    while let Some(id) = current {
        names.push(name_of(bodies, Some(id)).unwrap_or("?").to_string());
        if id == to || names.len() > bodies.len() {
            break;
        }
        current = bodies.iter().find(|b| b.id == id).and_then(|b| b.prepares_for);
    }
    names.join(" → ")
}

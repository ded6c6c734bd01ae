//! The preparing order between bodies (OG → HASG → Stuurgroep), from `Body.prepares_for`: pure.

use crate::domain::{Body, BodyId};
use serde::Serialize;

/// A body by id and name, as the history shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct BodyRef {
    pub id: BodyId,
    pub name: String,
}

impl BodyRef {
    pub fn of(body: &Body) -> BodyRef {
        BodyRef { id: body.id, name: body.name.clone() }
    }
}

/// The bodies that prepare directly for `body`, by name.
pub fn preparing_bodies(bodies: &[Body], body: BodyId) -> Vec<BodyRef> {
    let mut out: Vec<BodyRef> = bodies.iter().filter(|b| b.prepares_for == Some(body)).map(BodyRef::of).collect();
    out.sort_by_key(|b| b.name.to_lowercase());
    out
}

/// `body` and every body that prepares for it, directly or through others, nearest first.
pub fn body_and_preparers(bodies: &[Body], body: BodyId) -> Vec<BodyId> {
    let mut out = vec![body];
    let mut i = 0;
    while i < out.len() {
        let current = out[i];
        for b in bodies {
            if b.prepares_for == Some(current) && !out.contains(&b.id) {
                out.push(b.id);
            }
        }
        i += 1;
    }
    out
}

/// How many steps a body is from the end of its preparing chain: the Stuurgroep 0, HASG 1, OG 2. Earlier
/// stages sort first when two bodies meet on the same day.
pub fn stage(bodies: &[Body], body: BodyId) -> usize {
    let mut steps = 0;
    let mut current = body;
    // The store refuses loops; the bound keeps a damaged database from hanging this.
    while steps <= bodies.len() {
        match bodies.iter().find(|b| b.id == current).and_then(|b| b.prepares_for) {
            Some(next) => {
                current = next;
                steps += 1;
            }
            None => break,
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(id: i64, name: &str, prepares_for: Option<i64>) -> Body {
        Body { id: BodyId(id), name: name.into(), full_name: String::new(), prepares_for: prepares_for.map(BodyId) }
    }

    #[test]
    fn chain_of_three() {
        let bodies = vec![
            body(1, "Stuurgroep MIT", None),
            body(2, "HASG", Some(1)),
            body(3, "OG", Some(2)),
            body(4, "KLO", None),
        ];
        assert_eq!(body_and_preparers(&bodies, BodyId(1)), vec![BodyId(1), BodyId(2), BodyId(3)]);
        assert_eq!(body_and_preparers(&bodies, BodyId(2)), vec![BodyId(2), BodyId(3)]);
        assert_eq!(body_and_preparers(&bodies, BodyId(4)), vec![BodyId(4)]);
        assert_eq!(stage(&bodies, BodyId(3)), 2);
        assert_eq!(stage(&bodies, BodyId(1)), 0);
        assert_eq!(preparing_bodies(&bodies, BodyId(1)).iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), ["HASG"]);
        assert!(preparing_bodies(&bodies, BodyId(3)).is_empty());
    }

    #[test]
    fn a_loop_in_damaged_data_ends() {
        let bodies = vec![body(1, "A", Some(2)), body(2, "B", Some(1))];
        assert!(stage(&bodies, BodyId(1)) <= 3);
        assert_eq!(body_and_preparers(&bodies, BodyId(1)).len(), 2);
    }
}

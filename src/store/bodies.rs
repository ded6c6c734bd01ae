use super::{not_found, Store};
use crate::domain::{Body, BodyId};
use crate::error::{BodyRefusal, Error, Result};
use rusqlite::{params, OptionalExtension, Transaction};

/// The id of the body with this name (any case), created when new.
pub(crate) fn body_id_for(tx: &Transaction, name: &str) -> Result<BodyId> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::refused(crate::error::Refusal::BodyNeeded));
    }
    if let Some(id) = tx.query_row("SELECT id FROM bodies WHERE name = ?1", [name], |r| r.get(0)).optional()? {
        return Ok(BodyId(id));
    }
    tx.execute("INSERT INTO bodies (name) VALUES (?1)", [name])?;
    Ok(BodyId(tx.last_insert_rowid()))
}

fn body_from_row(r: &rusqlite::Row) -> rusqlite::Result<Body> {
    Ok(Body {
        id: BodyId(r.get(0)?),
        name: r.get(1)?,
        full_name: r.get(2)?,
        prepares_for: r.get::<_, Option<i64>>(3)?.map(BodyId),
    })
}

impl Store {
    pub fn bodies(&self) -> Result<Vec<Body>> {
        let mut stmt =
            self.conn().prepare("SELECT id, name, full_name, prepares_for FROM bodies ORDER BY name COLLATE NOCASE")?;
        let rows = stmt.query_map([], body_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn body(&self, id: BodyId) -> Result<Body> {
        self.conn()
            .query_row("SELECT id, name, full_name, prepares_for FROM bodies WHERE id = ?1", [id.0], body_from_row)
            .map_err(not_found("body", id.0))
    }

    pub fn body_by_name(&self, name: &str) -> Result<Option<Body>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id, name, full_name, prepares_for FROM bodies WHERE name = ?1",
                [name.trim()],
                body_from_row,
            )
            .optional()?)
    }

    pub fn ensure_body(&mut self, name: &str) -> Result<BodyId> {
        self.write(|tx| body_id_for(tx, name))
    }

    /// Tells which body `body` prepares decisions for; refuses a loop (OG -> HASG -> OG).
    pub fn set_prepares_for(&mut self, body: BodyId, target: Option<BodyId>) -> Result<()> {
        self.write(|tx| {
            if let Some(mut next) = target {
                loop {
                    if next == body {
                        return Err(BodyRefusal::CircleInStore.into());
                    }
                    match tx
                        .query_row("SELECT prepares_for FROM bodies WHERE id = ?1", [next.0], |r| {
                            r.get::<_, Option<i64>>(0)
                        })
                        .map_err(not_found("body", next.0))?
                    {
                        Some(n) => next = BodyId(n),
                        None => break,
                    }
                }
            }
            let n =
                tx.execute("UPDATE bodies SET prepares_for = ?2 WHERE id = ?1", params![body.0, target.map(|b| b.0)])?;
            if n == 0 {
                return Err(Error::NotFound { what: "body", id: body.0 });
            }
            Ok(())
        })
    }

    pub fn set_body_full_name(&mut self, body: BodyId, full_name: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute("UPDATE bodies SET full_name = ?2 WHERE id = ?1", params![body.0, full_name.trim()])?;
            Ok(())
        })
    }
}

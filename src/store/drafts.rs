use super::{now, Store};
use crate::error::Result;
use rusqlite::{params, OptionalExtension};

/// Text being typed, saved while it is typed so that a crash loses at most the last moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub key: String,
    pub text: String,
    pub base_revision: i64,
    pub updated_at: i64,
}

impl Store {
    pub fn save_draft(&mut self, key: &str, text: &str, base_revision: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO drafts (key, text, base_revision, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(key) DO UPDATE SET text = excluded.text, base_revision = excluded.base_revision,
                                                updated_at = excluded.updated_at",
                params![key, text, base_revision, now()],
            )?;
            Ok(())
        })
    }

    pub fn draft(&self, key: &str) -> Result<Option<Draft>> {
        Ok(self
            .conn()
            .query_row("SELECT key, text, base_revision, updated_at FROM drafts WHERE key = ?1", [key], |r| {
                Ok(Draft { key: r.get(0)?, text: r.get(1)?, base_revision: r.get(2)?, updated_at: r.get(3)? })
            })
            .optional()?)
    }

    pub fn drafts(&self) -> Result<Vec<Draft>> {
        let mut stmt =
            self.conn().prepare("SELECT key, text, base_revision, updated_at FROM drafts ORDER BY updated_at")?;
        let rows = stmt.query_map([], |r| {
            Ok(Draft { key: r.get(0)?, text: r.get(1)?, base_revision: r.get(2)?, updated_at: r.get(3)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn drop_draft(&mut self, key: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM drafts WHERE key = ?1", [key])?;
            Ok(())
        })
    }
}

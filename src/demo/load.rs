//! Loading the demo into a store, through the store's own writes (methods on `Store` kept here, so that
//! the store needs nothing of the demo).

use super::{demo_meetings, DemoItem};
use crate::domain::{ActionStatus, Coded, DocRole, ItemId, MeetingId, PartId};
use crate::error::{FileRefusal, Result};
use crate::store::{Access, Placement, Store};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Writes the demo data into a new file; an existing file is never touched.
pub fn write_new(path: &Path) -> Result<Vec<MeetingId>> {
    if path.exists() {
        return Err(FileRefusal::DemoExists(path.to_path_buf()).into());
    }
    let mut store = Store::open(path, Access::Create)?;
    let papers = papers_dir(path);
    let made_papers = !papers.exists();
    match store.load_demo().and_then(|ids| super::papers::write_papers(&mut store, &papers).map(|_| ids)) {
        Ok(ids) => Ok(ids),
        Err(e) => {
            drop(store);
            if made_papers {
                let _ = std::fs::remove_dir_all(&papers);
            }
            for suffix in ["", "-wal", "-shm"] {
                let mut p = path.as_os_str().to_owned();
                p.push(suffix);
                let _ = std::fs::remove_file(PathBuf::from(p));
            }
            Err(e)
        }
    }
}

/// Where the demo's papers go: a folder next to the database, "demo-stukken" for demo.db.
pub fn papers_dir(db: &Path) -> PathBuf {
    let stem = db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "demo".into());
    db.with_file_name(format!("{stem}-stukken"))
}

impl Store {
    /// Writes the demo dossier into this (new) store; returns the meetings made, in order.
    pub fn load_demo(&mut self) -> Result<Vec<MeetingId>> {
        let mut made = Vec::new();
        for demo in demo_meetings() {
            let m = self.create_meeting(&demo.meeting)?;
            self.set_meeting_status(m, demo.status)?;
            for part in &demo.parts {
                let part_id = if part.title.trim().is_empty() { None } else { Some(self.add_part(m, &part.title)?) };
                for item in &part.items {
                    self.add_demo_item(m, None, part_id, item)?;
                }
            }
            let numbers: HashMap<String, ItemId> = self.agenda(m)?.into_iter().map(|i| (i.number, i.id)).collect();
            for d in &demo.decisions {
                let mut draft = d.decision.clone();
                draft.meeting_id = Some(m);
                draft.item_id = d.item_number.as_ref().and_then(|n| numbers.get(n)).copied();
                self.add_decision(&draft)?;
            }
            for a in &demo.actions {
                let mut draft = a.action.clone();
                draft.meeting_id = Some(m);
                draft.item_id = a.item_number.as_ref().and_then(|n| numbers.get(n)).copied();
                let id = self.add_action(&draft)?;
                // The minutes write a closed action as "afgevoerd" (struck off).
                if draft.remarks.to_lowercase().contains("afgevoerd") {
                    self.set_action_status(id, ActionStatus::Done)?;
                }
            }
            made.push(m);
        }
        Ok(made)
    }

    fn add_demo_item(
        &mut self,
        m: MeetingId,
        parent: Option<ItemId>,
        part: Option<PartId>,
        demo: &DemoItem,
    ) -> Result<()> {
        let id = self.add_item(m, Placement::End { parent }, part, &demo.item)?;
        for (name, role) in &demo.documents {
            self.link_document(id, Path::new(name), DocRole::from_code(role).unwrap_or(DocRole::Bijlage))?;
        }
        for child in &demo.children {
            self.add_demo_item(m, Some(id), part, child)?;
        }
        Ok(())
    }
}

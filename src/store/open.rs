//! Opening a database file safely: refuse what is not ours before SQLite touches it.

use super::{Access, Store, APPLICATION_ID, SCHEMA_VERSION};
use crate::error::{Error, FileDoing, FileRefusal, Result};
use rusqlite::{Connection, OpenFlags};
use std::fs::{self, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the first 100 bytes of a file say, read without SQLite so nothing is written.
fn inspect_header(path: &Path) -> Result<i64> {
    let mut file = fs::File::open(path).map_err(|e| Error::file(FileDoing::Read, path, e))?;
    let mut header = Vec::with_capacity(100);
    file.by_ref().take(100).read_to_end(&mut header).map_err(|e| Error::file(FileDoing::Read, path, e))?;
    if header.is_empty() {
        return Err(Error::EmptyFile(path.to_path_buf()));
    }
    if header.len() < 100 || &header[..16] != SQLITE_MAGIC {
        return Err(Error::NotSqlite(path.to_path_buf()));
    }
    let be = |at: usize| i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    if be(68) != APPLICATION_ID {
        return Err(Error::ForeignDatabase(path.to_path_buf()));
    }
    // Bytes 18 and 19 are the read and write format: 1 for a rollback journal, 2 for WAL.
    // Anything else means the header is damaged, and SQLite would try to rewrite it.
    if !matches!((header[18], header[19]), (1, 1) | (2, 2)) {
        return Err(Error::Corrupt { path: path.to_path_buf(), detail: "its file header is damaged".into() });
    }
    let version = be(60) as i64;
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema { path: path.to_path_buf(), found: version, known: SCHEMA_VERSION });
    }
    Ok(version)
}

pub(super) fn open(path: &Path, access: Access) -> Result<Store> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(Error::IsDirectory(path.to_path_buf())),
        Ok(_) => open_existing(path, access),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => match (access, missing_folder(path)) {
            (Access::Create, _) => create_new(path),
            // Starting annoteer would not help there: it makes no missing folders.
            (Access::Existing | Access::ReadOnly, Some(dir)) => Err(Error::MissingDirectory(dir)),
            (Access::Existing | Access::ReadOnly, None) => Err(FileRefusal::NoDatabaseYet(path.to_path_buf()).into()),
        },
        Err(e) => Err(Error::file(FileDoing::Read, path, e)),
    }
}

fn corrupt(path: &Path) -> impl Fn(Error) -> Error + '_ {
    move |e| match e {
        Error::Sql(inner) => Error::Corrupt { path: path.to_path_buf(), detail: inner.to_string() },
        other => other,
    }
}

fn open_existing(path: &Path, access: Access) -> Result<Store> {
    let header_version = inspect_header(path)?;
    // Read-only commands open read-write too, with `query_only` on: the last connection to close then
    // removes the -wal and -shm files instead of leaving them behind, and nothing can be written.
    // A WAL with commits in it (a writer is open, or was killed) is folded into the database by the last
    // connection to close: a write. A read-only command leaves that to the next writer.
    let wal_has_commits =
        access == Access::ReadOnly && fs::metadata(side_file(path, "-wal")).is_ok_and(|m| m.len() > 0);
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| corrupt(path)(e.into()))?;
    if wal_has_commits {
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    }
    let mut store = Store { conn, path: Some(path.to_path_buf()) };
    store.configure().map_err(corrupt(path))?;
    // The header can lag behind a WAL that was never checkpointed; the connection's answer is the truth.
    let version: i64 =
        store.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| corrupt(path)(e.into()))?;
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema { path: path.to_path_buf(), found: version, known: SCHEMA_VERSION });
    }
    if version < 1 || header_version < 1 {
        return Err(Error::Corrupt { path: path.to_path_buf(), detail: "it has no annoteer schema".into() });
    }
    if version == SCHEMA_VERSION && schema_fingerprint(&store.conn).map_err(corrupt(path))? != expected_fingerprint()? {
        return Err(Error::Corrupt {
            path: path.to_path_buf(),
            detail: "its tables are not the ones this annoteer made (damaged or edited by hand)".into(),
        });
    }
    if access == Access::ReadOnly {
        store.conn.execute_batch("PRAGMA query_only = ON;")?;
        return Ok(store);
    }
    let mode: String =
        store.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(|e| corrupt(path)(e.into()))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Corrupt { path: path.to_path_buf(), detail: format!("it cannot use WAL (mode {mode})") });
    }
    if version < SCHEMA_VERSION {
        migrate(&mut store, path, version)?;
    }
    secure_side_files(path);
    Ok(store)
}

/// The definitions of all tables and indexes, as one string to compare.
fn schema_fingerprint(conn: &Connection) -> Result<String> {
    let mut stmt = conn.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")?;
    let rows = stmt.query_map([], |r| {
        Ok(format!("{}|{}|{}", r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?.join("\n"))
}

/// What a database of this version looks like inside, made once from schema.sql.
fn expected_fingerprint() -> Result<String> {
    static EXPECTED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    if let Some(f) = EXPECTED.get() {
        return Ok(f.clone());
    }
    let store = Store::open_in_memory()?;
    let f = schema_fingerprint(&store.conn)?;
    Ok(EXPECTED.get_or_init(|| f).clone())
}

/// The folder that should hold `path` when it is not there.
fn missing_folder(path: &Path) -> Option<PathBuf> {
    path.parent().filter(|dir| !dir.as_os_str().is_empty() && !dir.is_dir()).map(Path::to_path_buf)
}

fn create_new(path: &Path) -> Result<Store> {
    if let Some(dir) = missing_folder(path) {
        return Err(Error::MissingDirectory(dir));
    }
    create_private_file(path)?;
    let result = (|| {
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        let mut store = Store { conn, path: Some(path.to_path_buf()) };
        store.configure()?;
        // The schema lands in the main file under a rollback journal, so that the header that marks the file
        // as ours is on disk before WAL mode starts; a crash cannot leave an unmarked file behind.
        store.create_schema()?;
        store.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))?;
        Ok::<_, Error>(store)
    })();
    match result {
        Ok(store) => {
            secure_side_files(path);
            Ok(store)
        }
        Err(e) => {
            let _ = fs::remove_file(path);
            Err(e)
        }
    }
}

/// Migrations by the version they start from; a backup is taken before the first runs.
const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        // The same text as schema.sql, so that a migrated database has the fingerprint of a new one.
        "
-- The agenda's own numbering (\"2a\", \"01\", \"I-1\"), level by level, as src/numbering.rs writes it; a meeting
-- without a row numbers 1, 1.1.
CREATE TABLE numbering (
    meeting_id  INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    style       TEXT NOT NULL
);
",
    ),
    (2, include_str!("migrations/v2_to_v3.sql")),
    (3, include_str!("migrations/v3_to_v4.sql")),
    (4, include_str!("migrations/v4_to_v5.sql")),
    (5, include_str!("migrations/v5_to_v6.sql")),
];

fn migrate(store: &mut Store, path: &Path, from: i64) -> Result<()> {
    let backup = path.with_extension(format!("v{from}.backup.db"));
    if !backup.exists() {
        store.backup_to(&backup)?;
    }
    for (start, sql) in MIGRATIONS.iter().filter(|(start, _)| *start >= from) {
        store.write(|tx| {
            tx.execute_batch(sql)?;
            tx.execute_batch(&format!("PRAGMA user_version = {};", start + 1))?;
            Ok(())
        })?;
    }
    Ok(())
}

/// Creates a new, empty file readable and writable by the owner only, whatever the umask.
pub(crate) fn create_private_file(path: &Path) -> Result<()> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| Error::file(FileDoing::Create, path, e))?;
    set_private(path)
}

pub fn set_private(path: &Path) -> Result<()> {
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))
        .map_err(|e| Error::file(FileDoing::SetPermissions, path, e))
}

fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut side = path.as_os_str().to_owned();
    side.push(suffix);
    PathBuf::from(side)
}

fn secure_side_files(path: &Path) {
    let _ = set_private(path);
    for suffix in ["-wal", "-shm"] {
        let side = side_file(path, suffix);
        if side.exists() {
            let _ = set_private(&side);
        }
    }
}

/// Creates the directory (and its parents) when missing and makes it owner-only. Parents it has to make are
/// owner-only too (as the XDG spec asks): under a loose umask a world-writable ~/.local/share would let
/// anyone swap the data directory for their own. Existing parents are left as they are.
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::file(FileDoing::Create, dir, e))?;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
        .map_err(|e| Error::file(FileDoing::SetPermissions, dir, e))
}

/// Where the database lives when neither --db nor ANNOTEER_DB says otherwise.
pub fn default_db_path() -> Result<PathBuf> {
    let dirs =
        directories::ProjectDirs::from("nl", "annoteer", "annoteer").ok_or_else(|| Error::from(FileRefusal::NoHome))?;
    Ok(dirs.data_dir().join("annoteer.db"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MeetingDraft;

    /// A database as version 1 made it, from version 1's own schema.sql (every CREATE text as it was).
    fn version_one(path: &Path) {
        let c = Connection::open(path).unwrap();
        c.execute_batch(include_str!("../../tests/fixtures/schema_v1.sql")).unwrap();
        c.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1;")).unwrap();
        c.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)).unwrap();
        c.execute_batch(
            "INSERT INTO bodies (id, name) VALUES (1, 'AB');
             INSERT INTO meetings (body_id, date, created_at, updated_at) VALUES (1, '2024-01-01', 0, 0);",
        )
        .unwrap();
    }

    #[test]
    fn a_version_one_database_is_migrated_and_then_opens_as_a_new_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        version_one(&path);
        let s = Store::open(&path, Access::Existing).unwrap();
        assert_eq!(schema_fingerprint(s.conn()).unwrap(), expected_fingerprint().unwrap());
        assert_eq!(s.meetings().unwrap().len(), 1, "nothing was lost");
        drop(s);
        assert!(path.with_extension("v1.backup.db").exists(), "a backup was taken first");
        Store::open(&path, Access::Existing).expect("the migrated file opens again");
    }

    #[test]
    fn a_version_four_database_gains_the_cover_readings() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("four.db");
        let mut s = Store::open(&path, Access::Create).unwrap();
        s.create_meeting(&MeetingDraft { body: "AB".into(), date: "2024-01-01".into(), ..Default::default() }).unwrap();
        drop(s);
        let c = Connection::open(&path).unwrap();
        c.execute_batch("DROP TABLE cover_readings; PRAGMA user_version = 4;").unwrap();
        drop(c);
        let s = Store::open(&path, Access::Existing).unwrap();
        assert_eq!(schema_fingerprint(s.conn()).unwrap(), expected_fingerprint().unwrap());
        assert_eq!(s.meetings().unwrap().len(), 1);
        assert!(path.with_extension("v4.backup.db").exists());
    }
}

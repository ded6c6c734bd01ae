-- Version 5 to 6 (issue 16): decisions and action points go to the trash too, so the kind allows them.
-- SQLite cannot change a CHECK in place: the table is made again, its rows and ids kept. The CREATE is
-- schema.sql's, letter for letter.
-- The counter too, so that an id once given out is never given again.
CREATE TABLE trash_v5_seq AS SELECT seq FROM sqlite_sequence WHERE name = 'trash';
CREATE TABLE trash_v5 AS SELECT id, kind, payload, deleted_at, meeting_id, about FROM trash;
DROP TABLE trash;
CREATE TABLE trash (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('meeting', 'item', 'decision', 'action')),
    payload     TEXT NOT NULL,
    deleted_at  INTEGER NOT NULL,
    meeting_id  INTEGER,
    about       TEXT NOT NULL DEFAULT '{}'
);
INSERT INTO trash (id, kind, payload, deleted_at, meeting_id, about)
    SELECT id, kind, payload, deleted_at, meeting_id, about FROM trash_v5;
DROP TABLE trash_v5;
DELETE FROM sqlite_sequence WHERE name = 'trash';
INSERT INTO sqlite_sequence (name, seq) SELECT 'trash', seq FROM trash_v5_seq;
DROP TABLE trash_v5_seq;

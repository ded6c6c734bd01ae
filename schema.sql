-- annoteer schema, version 6. Applied to a new database in one transaction.
-- Dates are ISO text (YYYY-MM-DD); times of change are unix seconds.
-- Ids are AUTOINCREMENT so that an undone delete can come back under its old id.
-- Enumerations are stored as the codes of src/domain.rs and checked here.
-- A column added by a migration is written here as SQLite's ALTER TABLE writes it (", name TYPE)" after the
-- last line), so that a migrated database and a new one have the same definitions (src/store/open.rs checks).

CREATE TABLE bodies (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name     TEXT NOT NULL DEFAULT '',
    -- The body this one prepares decisions for (OG -> HASG -> Stuurgroep).
    prepares_for  INTEGER REFERENCES bodies(id) ON DELETE SET NULL
);

-- send_by (version 4): when the annotation must go out, as typed ("woensdagochtend", a date and time).
CREATE TABLE meetings (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    body_id         INTEGER NOT NULL REFERENCES bodies(id),
    date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    time            TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    classification  TEXT NOT NULL DEFAULT '',
    addressee       TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'sent', 'held')),
    revision        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
, send_by TEXT NOT NULL DEFAULT '')
;
CREATE INDEX meetings_by_body_date ON meetings(body_id, date);

CREATE TABLE parts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL
);
CREATE INDEX parts_by_meeting ON parts(meeting_id, position);

-- The agenda's own numbering ("2a", "01", "I-1"), level by level, as src/numbering.rs writes it; a meeting
-- without a row numbers 1, 1.1.
CREATE TABLE numbering (
    meeting_id  INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    style       TEXT NOT NULL
);

-- The shown number may also follow the meeting's own numbering (2a; see `numbering`). The comment
-- inside the table is version 1's, as a migrated database has it: text inside a CREATE statement is
-- stored in the database and compared when it opens, so a change there needs a migration.
CREATE TABLE items (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id       INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    parent_id        INTEGER REFERENCES items(id) ON DELETE CASCADE,
    part_id          INTEGER REFERENCES parts(id) ON DELETE SET NULL,
    -- Order among siblings; the shown number (2.1) is derived from the tree.
    position         INTEGER NOT NULL,
    title            TEXT NOT NULL,
    treatment        TEXT CHECK (treatment IN ('mededelingen', 'ter_vaststelling', 'ter_besluitvorming',
                         'ter_bespreking', 'ter_informatie', 'mondelinge_toelichting', 'ter_consultatie', 'rondvraag')),
    submitter        TEXT NOT NULL DEFAULT '',
    has_attachment   INTEGER NOT NULL DEFAULT 0 CHECK (has_attachment IN (0, 1)),
    origin_note      TEXT NOT NULL DEFAULT '',
    cover_treatment  TEXT CHECK (cover_treatment IN ('mededelingen', 'ter_vaststelling', 'ter_besluitvorming',
                         'ter_bespreking', 'ter_informatie', 'mondelinge_toelichting', 'ter_consultatie', 'rondvraag')),
    annotation       TEXT NOT NULL DEFAULT '',
    advice_stance    TEXT CHECK (advice_stance IN ('akkoord', 'akkoord_met_kanttekeningen', 'niet_akkoord',
                         'aanhouden', 'geen_opmerkingen', 'ter_kennisname')),
    advice_text      TEXT NOT NULL DEFAULT '',
    -- One talking point per line.
    talking_points   TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    -- Raised on every change, so that a second writer holding an old copy is told.
    revision         INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX items_by_meeting ON items(meeting_id, parent_id, position);
CREATE INDEX items_by_parent ON items(parent_id);

CREATE TABLE documents (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    path           TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL DEFAULT '',
    version_label  TEXT NOT NULL DEFAULT '',
    size           INTEGER,
    modified       INTEGER,
    sha256         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE item_documents (
    item_id      INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('bijlage', 'oplegger', 'achtergrond', 'verslag')),
    position     INTEGER NOT NULL,
    PRIMARY KEY (item_id, document_id)
);
CREATE INDEX item_documents_by_document ON item_documents(document_id);

-- A paper of the meeting as a whole, or one not yet placed with an item (a mail's attachment).
CREATE TABLE meeting_documents (
    meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('bijlage', 'oplegger', 'achtergrond', 'verslag')),
    position     INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, document_id)
);
CREATE INDEX meeting_documents_by_document ON meeting_documents(document_id);

-- The mail a paper came in: who sent it, when, under which subject.
CREATE TABLE document_sources (
    document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    sender       TEXT NOT NULL DEFAULT '',
    sent         TEXT NOT NULL DEFAULT '',
    subject      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    body_id     INTEGER REFERENCES bodies(id) ON DELETE SET NULL,
    meeting_id  INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
    item_id     INTEGER REFERENCES items(id) ON DELETE SET NULL,
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    text        TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decisions_by_meeting ON decisions(meeting_id);
CREATE INDEX decisions_by_item ON decisions(item_id);

CREATE TABLE actions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    code        TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    deadline    TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    remarks     TEXT NOT NULL DEFAULT '',
    meeting_id  INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
    item_id     INTEGER REFERENCES items(id) ON DELETE SET NULL
);
CREATE INDEX actions_by_meeting ON actions(meeting_id);
CREATE INDEX actions_by_item ON actions(item_id);

-- What annoteer read in an item's cover note (oplegger), where from, and what the adviser made of it.
-- The purpose itself is items.cover_treatment; an "edited by hand" mark keeps a re-read from overwriting.
CREATE TABLE cover_readings (
    item_id             INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    paper               TEXT NOT NULL DEFAULT '',
    version_label       TEXT NOT NULL DEFAULT '',
    -- The last reading as JSON (domain::CoverRead): values, their labels, the reason when unknown.
    reading             TEXT NOT NULL DEFAULT '{}',
    -- The reading before it, kept when a newer version changed something (domain::CoverChange as JSON).
    change              TEXT NOT NULL DEFAULT '',
    -- One point per line.
    proposed_decisions  TEXT NOT NULL DEFAULT '',
    summary             TEXT NOT NULL DEFAULT '',
    purpose_by_hand     INTEGER NOT NULL DEFAULT 0 CHECK (purpose_by_hand IN (0, 1)),
    decisions_by_hand   INTEGER NOT NULL DEFAULT 0 CHECK (decisions_by_hand IN (0, 1)),
    summary_by_hand     INTEGER NOT NULL DEFAULT 0 CHECK (summary_by_hand IN (0, 1)),
    read_at             INTEGER NOT NULL DEFAULT 0
);

-- An item and the same topic at an earlier meeting (of this or a preparing body).
CREATE TABLE item_links (
    item_id          INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    earlier_item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    note             TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, earlier_item_id),
    CHECK (item_id <> earlier_item_id)
);
CREATE INDEX item_links_by_earlier ON item_links(earlier_item_id);

-- Text being typed, kept until it is committed to its field or thrown away.
CREATE TABLE drafts (
    key         TEXT PRIMARY KEY,
    text        TEXT NOT NULL,
    base_revision INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL
);

-- A deleted meeting, item, decision or action point, kept as JSON so that undo can bring it back whole.
-- meeting_id: where it was deleted (the meeting of the item, decision or action point; the deleted meeting
-- itself), so that undo stays in the meeting and list on screen. about: what and where, for the list of
-- deleted things (JSON).
CREATE TABLE trash (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('meeting', 'item', 'decision', 'action')),
    payload     TEXT NOT NULL,
    deleted_at  INTEGER NOT NULL,
    meeting_id  INTEGER,
    about       TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Version 4 to 5 (issue 19): what annoteer read in an item's cover note. The statement is schema.sql's,
-- letter for letter.
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

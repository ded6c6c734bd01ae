-- Version 2 to 3: the role 'verslag'; papers of the meeting as a whole; where a paper came from.
-- The statements are those of schema.sql, letter for letter: the schema check compares their text.
CREATE TABLE item_documents_v1 AS SELECT item_id, document_id, role, position FROM item_documents;
DROP TABLE item_documents;
CREATE TABLE item_documents (
    item_id      INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('bijlage', 'oplegger', 'achtergrond', 'verslag')),
    position     INTEGER NOT NULL,
    PRIMARY KEY (item_id, document_id)
);
CREATE INDEX item_documents_by_document ON item_documents(document_id);
INSERT INTO item_documents (item_id, document_id, role, position)
    SELECT item_id, document_id, role, position FROM item_documents_v1;
DROP TABLE item_documents_v1;
CREATE TABLE meeting_documents (
    meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('bijlage', 'oplegger', 'achtergrond', 'verslag')),
    position     INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, document_id)
);
CREATE INDEX meeting_documents_by_document ON meeting_documents(document_id);
CREATE TABLE document_sources (
    document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    sender       TEXT NOT NULL DEFAULT '',
    sent         TEXT NOT NULL DEFAULT '',
    subject      TEXT NOT NULL DEFAULT ''
);

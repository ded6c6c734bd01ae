-- Version 3 to 4: a meeting's send-by moment; where a delete happened and what it took (for scoped undo).
-- Old trash rows get their meeting from the snapshot (its first row is the item or the meeting).
ALTER TABLE meetings ADD COLUMN send_by TEXT NOT NULL DEFAULT '';
ALTER TABLE trash ADD COLUMN meeting_id INTEGER;
ALTER TABLE trash ADD COLUMN about TEXT NOT NULL DEFAULT '{}';
UPDATE trash SET meeting_id = (
    SELECT json_extract(f.value, '$[1]') FROM json_each(json_extract(trash.payload, '$.tables[0][1][0]')) f
    WHERE json_extract(f.value, '$[0]') = CASE trash.kind WHEN 'item' THEN 'meeting_id' ELSE 'id' END);

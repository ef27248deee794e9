-- Lists of calls are newest first (ORDER BY occurred_at DESC, id DESC) when not filtered by agent
-- or class: this index serves them without sorting the whole table.
CREATE INDEX call_record_occurred_id ON call_record (occurred_at, id);

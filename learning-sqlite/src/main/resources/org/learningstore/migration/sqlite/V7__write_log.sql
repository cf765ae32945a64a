-- The write log: one row per write unit sent to a remote server, in the same transaction, so that
-- a write whose answer was lost can be asked about instead of being sent twice.
-- Written twice, here and in org/learningstore/migration/postgresql; V7 means the same change in both.
-- Only the Turso transport writes it (committed = 1 with the unit, or 0 for an id fenced off after
-- a lost answer); the SQLite file commits locally and leaves it empty.
CREATE TABLE write_log (
    id         TEXT    PRIMARY KEY,
    committed  INTEGER NOT NULL CONSTRAINT write_log_committed_check CHECK (committed IN (0, 1)),
    written_at INTEGER NOT NULL
) STRICT;
-- Purging ids older than a day reads only the old end of this index.
CREATE INDEX write_log_written_at_idx ON write_log (written_at);

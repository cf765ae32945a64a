-- The write log: one row per write unit sent to a remote server, in the same transaction, so that
-- a write whose answer was lost can be asked about instead of being sent twice.
-- Written twice, here and in org/learningstore/migration/sqlite; V7 means the same change in both.
-- PostgreSQL keeps it empty: a commit whose acknowledgement is lost surfaces from the JDBC driver
-- as a lost connection and is reported as an outcome-unknown error, never retried. The table is
-- here so that both dialects keep one schema.
CREATE TABLE write_log (
    id         uuid        PRIMARY KEY,
    committed  smallint    NOT NULL CONSTRAINT write_log_committed_check CHECK (committed IN (0, 1)),
    written_at timestamptz NOT NULL
);
CREATE INDEX write_log_written_at_idx ON write_log (written_at);

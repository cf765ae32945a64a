-- Learners, anonymous and registered, and their sessions.
-- Written twice, here and in org/learningstore/migration/postgresql; V3 means the same change in both.

CREATE TABLE learners (
    id               TEXT    PRIMARY KEY,
    kind             TEXT    NOT NULL CONSTRAINT learners_kind_check CHECK (kind IN ('anonymous', 'registered')),
    external_ref     TEXT,
    email            TEXT,
    -- the email lower-cased by the library: unique ignoring case on every backend
    email_normalized TEXT,
    username         TEXT,
    display_name     TEXT,
    academic_level   TEXT    NOT NULL CONSTRAINT learners_academic_level_check CHECK (academic_level IN ('beginner', 'intermediate', 'advanced')),
    total_xp         INTEGER NOT NULL CONSTRAINT learners_total_xp_check CHECK (total_xp >= 0),
    preferences      TEXT    NOT NULL CONSTRAINT learners_preferences_check CHECK (json_type(preferences) = 'object'),
    metadata         TEXT    NOT NULL CONSTRAINT learners_metadata_check CHECK (json_type(metadata) = 'object'),
    created_at       INTEGER NOT NULL,
    last_active_at   INTEGER NOT NULL,
    merged_into      TEXT    REFERENCES learners (id) ON DELETE SET NULL,
    version          INTEGER NOT NULL,
    deleted_at       INTEGER,
    CONSTRAINT learners_external_ref_key UNIQUE (external_ref),
    CONSTRAINT learners_email_normalized_key UNIQUE (email_normalized),
    CONSTRAINT learners_username_key UNIQUE (username)
) STRICT;

CREATE TABLE learner_sessions (
    id           TEXT    PRIMARY KEY,
    learner_id   TEXT    NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    -- SHA-256 of the raw token, hex; the raw token is never stored
    token_hash   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    ip           TEXT,
    user_agent   TEXT,
    revoked_at   INTEGER,
    CONSTRAINT learner_sessions_token_hash_key UNIQUE (token_hash)
) STRICT;
CREATE INDEX learner_sessions_learner_idx ON learner_sessions (learner_id, created_at, id);
CREATE INDEX learner_sessions_expires_idx ON learner_sessions (expires_at);
CREATE INDEX learners_merged_into_idx ON learners (merged_into);
-- merges move a learner's overrides
CREATE INDEX attempt_overrides_learner_idx ON attempt_overrides (learner_id);

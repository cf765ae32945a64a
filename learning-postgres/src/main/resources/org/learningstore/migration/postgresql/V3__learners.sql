-- Learners, anonymous and registered, and their sessions.
-- Written twice, here and in org/learningstore/migration/sqlite; V3 means the same change in both.

CREATE TABLE learners (
    id               uuid        PRIMARY KEY,
    kind             text        NOT NULL CONSTRAINT learners_kind_check CHECK (kind IN ('anonymous', 'registered')),
    external_ref     text,
    email            text,
    -- the email lower-cased by the library: unique ignoring case on every backend
    email_normalized text,
    username         text,
    display_name     text,
    academic_level   text        NOT NULL CONSTRAINT learners_academic_level_check CHECK (academic_level IN ('beginner', 'intermediate', 'advanced')),
    total_xp         bigint      NOT NULL CONSTRAINT learners_total_xp_check CHECK (total_xp >= 0),
    -- the learner's JSON objects, as text checked as JSON: they read back exactly as written
    -- (jsonb would reorder keys and respace them), like lessons.content
    preferences      text        NOT NULL CONSTRAINT learners_preferences_check CHECK (jsonb_typeof(preferences::jsonb) = 'object'),
    metadata         text        NOT NULL CONSTRAINT learners_metadata_check CHECK (jsonb_typeof(metadata::jsonb) = 'object'),
    created_at       timestamptz NOT NULL,
    last_active_at   timestamptz NOT NULL,
    merged_into      uuid        REFERENCES learners (id) ON DELETE SET NULL,
    version          bigint      NOT NULL,
    deleted_at       timestamptz,
    CONSTRAINT learners_external_ref_key UNIQUE (external_ref),
    CONSTRAINT learners_email_normalized_key UNIQUE (email_normalized),
    CONSTRAINT learners_username_key UNIQUE (username)
);

CREATE TABLE learner_sessions (
    id           uuid        PRIMARY KEY,
    learner_id   uuid        NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    -- SHA-256 of the raw token, hex; the raw token is never stored
    token_hash   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    ip           text,
    user_agent   text,
    revoked_at   timestamptz,
    CONSTRAINT learner_sessions_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX learner_sessions_learner_idx ON learner_sessions (learner_id, created_at, id);
CREATE INDEX learner_sessions_expires_idx ON learner_sessions (expires_at);
CREATE INDEX learners_merged_into_idx ON learners (merged_into);
-- merges move a learner's overrides
CREATE INDEX attempt_overrides_learner_idx ON attempt_overrides (learner_id);

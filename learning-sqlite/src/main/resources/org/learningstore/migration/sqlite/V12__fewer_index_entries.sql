-- Fewer index entries per answer, per submit and per imported history (issue 10).
-- Answers lose their question index, which cost every answer one more b-tree entry on a page of
-- its own (a submit's ten answers are ten pages of it; their key, attempt first, appends), and with
-- it their foreign key to questions: a question's removal deletes its answers itself, by key, for
-- the attempts of its assessment. SQLite drops a foreign key only by copying the table: both
-- tables are copied aside and back (Turso has no ALTER TABLE that drops one either).
-- The study state loses its question index, which cost every row one more b-tree entry on a page
-- of its own (a submit's ten rows are ten pages of that index, against one or two of the key,
-- which keeps a learner's rows together). Like its learner, the state's question is named without
-- a foreign key: a question's removal deletes the question's rows itself, by key, for the learners
-- of its assessment's attempts and of its practice answers.
-- The learner's XP history pages by the unique key (learner_id, source) and sorts the learner's
-- entries: xp_entries_learner_idx (learner_id, earned_at), one more entry per XP entry, goes.
-- Written twice, here and in org/learningstore/migration/postgresql; V12 means the same change in both.
DROP INDEX xp_entries_learner_idx;

CREATE TABLE learner_question_state_before_v12 (
    learner_id       TEXT    NOT NULL,
    question_id      TEXT    NOT NULL,
    last_answered_at INTEGER NOT NULL,
    last_correct     INTEGER NOT NULL
) STRICT;
INSERT INTO learner_question_state_before_v12 (learner_id, question_id, last_answered_at, last_correct)
SELECT learner_id, question_id, last_answered_at, last_correct FROM learner_question_state;
DROP TABLE learner_question_state;
CREATE TABLE learner_question_state (
    learner_id       TEXT    NOT NULL,
    question_id      TEXT    NOT NULL,
    last_answered_at INTEGER NOT NULL,
    last_correct     INTEGER NOT NULL CHECK (last_correct IN (0, 1)),
    PRIMARY KEY (learner_id, question_id)
) STRICT;
INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct)
SELECT learner_id, question_id, last_answered_at, last_correct FROM learner_question_state_before_v12
ORDER BY learner_id, question_id;
DROP TABLE learner_question_state_before_v12;

CREATE TABLE answers_before_v12 (
    attempt_id    TEXT    NOT NULL,
    question_id   TEXT    NOT NULL,
    response      TEXT    NOT NULL,
    correct       INTEGER,
    points        REAL,
    answered_at   INTEGER NOT NULL,
    time_spent_ms INTEGER NOT NULL,
    feedback      TEXT
) STRICT;
INSERT INTO answers_before_v12 (attempt_id, question_id, response, correct, points, answered_at, time_spent_ms, feedback)
SELECT attempt_id, question_id, response, correct, points, answered_at, time_spent_ms, feedback FROM answers;
DROP TABLE answers;
CREATE TABLE answers (
    attempt_id    TEXT    NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    question_id   TEXT    NOT NULL,
    response      TEXT    NOT NULL CONSTRAINT answers_response_check CHECK (json_type(response) = 'object'),
    correct       INTEGER CHECK (correct IN (0, 1)),
    points        REAL,
    answered_at   INTEGER NOT NULL,
    time_spent_ms INTEGER NOT NULL CONSTRAINT answers_time_spent_ms_check CHECK (time_spent_ms >= 0),
    feedback      TEXT,
    PRIMARY KEY (attempt_id, question_id)
) STRICT;
INSERT INTO answers (attempt_id, question_id, response, correct, points, answered_at, time_spent_ms, feedback)
SELECT attempt_id, question_id, response, correct, points, answered_at, time_spent_ms, feedback FROM answers_before_v12
ORDER BY attempt_id, question_id;
DROP TABLE answers_before_v12;

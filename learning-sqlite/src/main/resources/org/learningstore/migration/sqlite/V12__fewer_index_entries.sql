-- Fewer index entries per answer, per submit and per imported history (issue 10).
-- The study state keyed question first: a question's removal cascades through the primary key,
-- so the separate question index (one more b-tree entry per row) goes. The pick still finds each
-- row by its whole key; an erasure or a merge finds a learner's rows by the questions of the
-- learner's own attempts and practice answers (the only questions it can hold a row for).
-- Derived from the answers, so it is set again from them as V11 did (Turso has no ALTER TABLE
-- that changes a primary key, nor WITHOUT ROWID).
-- The learner's XP history pages by the unique key (learner_id, source) and sorts the learner's
-- entries: xp_entries_learner_idx (learner_id, earned_at), one more entry per XP entry, goes.
-- Written twice, here and in org/learningstore/migration/postgresql; V12 means the same change in both.
DROP INDEX xp_entries_learner_idx;

DROP TABLE learner_question_state;
CREATE TABLE learner_question_state (
    learner_id       TEXT    NOT NULL,
    question_id      TEXT    NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    last_answered_at INTEGER NOT NULL,
    last_correct     INTEGER NOT NULL CHECK (last_correct IN (0, 1)),
    PRIMARY KEY (question_id, learner_id)
) STRICT;

INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct)
SELECT h.learner_id, h.question_id, max(h.last_key) / 2, 1 - max(h.last_key) % 2
FROM (SELECT t.learner_id, n.question_id, n.answered_at * 2 + 1 - n.correct AS last_key
      FROM attempts t JOIN answers n ON n.attempt_id = t.id
      WHERE t.status IN ('submitted', 'expired') AND n.correct IS NOT NULL
      UNION ALL
      SELECT p.learner_id, p.question_id, p.answered_at * 2 + 1 - p.correct FROM practice_answers p) AS h
GROUP BY h.question_id, h.learner_id;

-- The study state: per learner and question, the learner's last graded answer (the latest of the
-- graded answers of the learner's submitted or expired attempts and the learner's practice
-- answers; a tie in time counts as wrong). A derived copy of what those tables say, kept by every
-- write of them in the same transaction, so the study pick joins it by key instead of reading
-- and grouping the learner's history. Like attempts, it names its learner without a foreign key
-- (an attempt's learner need not be a learner of the store): an erasure deletes the rows.
-- Written twice, here and in org/learningstore/migration/postgresql; V11 means the same change in both.
CREATE TABLE learner_question_state (
    learner_id       TEXT    NOT NULL,
    question_id      TEXT    NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    last_answered_at INTEGER NOT NULL,
    last_correct     INTEGER NOT NULL CHECK (last_correct IN (0, 1)),
    PRIMARY KEY (learner_id, question_id)
) STRICT;
CREATE INDEX learner_question_state_question_idx ON learner_question_state (question_id);

INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct)
SELECT h.learner_id, h.question_id, max(h.last_key) / 2, 1 - max(h.last_key) % 2
FROM (SELECT t.learner_id, n.question_id, n.answered_at * 2 + 1 - n.correct AS last_key
      FROM attempts t JOIN answers n ON n.attempt_id = t.id
      WHERE t.status IN ('submitted', 'expired') AND n.correct IS NOT NULL
      UNION ALL
      SELECT p.learner_id, p.question_id, p.answered_at * 2 + 1 - p.correct FROM practice_answers p) AS h
GROUP BY h.learner_id, h.question_id;

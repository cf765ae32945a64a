-- Fewer index entries per answer, per submit and per imported history (issue 10).
-- The study state keyed question first: a question's removal cascades through the primary key,
-- so the separate question index (one more b-tree entry per row) goes. The pick still finds each
-- row by its whole key; an erasure or a merge finds a learner's rows by the questions of the
-- learner's own attempts and practice answers (the only questions it can hold a row for).
-- The learner's XP history pages by the unique key (learner_id, source) and sorts the learner's
-- entries: xp_entries_learner_idx (learner_id, earned_at), one more entry per XP entry, goes.
-- Written twice, here and in org/learningstore/migration/sqlite; V12 means the same change in both.
DROP INDEX xp_entries_learner_idx;

ALTER TABLE learner_question_state DROP CONSTRAINT learner_question_state_pkey;
ALTER TABLE learner_question_state ADD CONSTRAINT learner_question_state_pkey PRIMARY KEY (question_id, learner_id);
DROP INDEX learner_question_state_question_idx;

-- Fewer index entries per answer, per submit and per imported history (issue 10).
-- Answers lose their question index, which cost every answer one more index entry on a page of
-- its own (a submit's ten answers are ten pages of it; their key, attempt first, appends), and with
-- it their foreign key to questions: a question's removal deletes its answers itself, by key, for
-- the attempts of its assessment.
-- The study state loses its question index, which cost every row one more index entry on a page
-- of its own (a submit's ten rows are ten pages of that index, against one or two of the key,
-- which keeps a learner's rows together). Like its learner, the state's question is named without
-- a foreign key: a question's removal deletes the question's rows itself, by key, for the learners
-- of its assessment's attempts and of its practice answers.
-- The learner's XP history pages by the unique key (learner_id, source) and sorts the learner's
-- entries: xp_entries_learner_idx (learner_id, earned_at), one more entry per XP entry, goes.
-- Written twice, here and in org/learningstore/migration/sqlite; V12 means the same change in both.
DROP INDEX xp_entries_learner_idx;

ALTER TABLE learner_question_state DROP CONSTRAINT learner_question_state_question_id_fkey;
DROP INDEX learner_question_state_question_idx;

ALTER TABLE answers DROP CONSTRAINT answers_question_id_fkey;
DROP INDEX answers_question_idx;

-- The study pick reads a scope's questions for their difficulty and scope order: this index
-- covers them (assessment, difficulty, position, id), so the wide questions rows are read only
-- for the questions picked. Written twice, here and in org/learningstore/migration/sqlite;
-- V10 means the same change in both.
CREATE INDEX questions_study_idx ON questions (assessment_id, difficulty, position, id);

-- The host's metadata on skills, lessons and attempts; feedback on graded attempts and answers.
-- Written twice, here and in org/learningstore/migration/postgresql; V8 means the same change in
-- both. The file's search index over lesson text is sqlite-fts5/V1_2.

ALTER TABLE skills ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'
    CONSTRAINT skills_metadata_check CHECK (json_type(metadata) = 'object');
ALTER TABLE lessons ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'
    CONSTRAINT lessons_metadata_check CHECK (json_type(metadata) = 'object');
ALTER TABLE attempts ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'
    CONSTRAINT attempts_metadata_check CHECK (json_type(metadata) = 'object');
ALTER TABLE attempts ADD COLUMN feedback TEXT;
ALTER TABLE answers ADD COLUMN feedback TEXT;

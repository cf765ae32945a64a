-- Content details the seeds ask for: a lesson's description.
-- Written twice, here and in org/learningstore/migration/sqlite; V6 means the same change in both.

ALTER TABLE lessons ADD COLUMN description text;

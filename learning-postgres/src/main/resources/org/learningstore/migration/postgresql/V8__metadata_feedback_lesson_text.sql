-- The host's metadata on skills, lessons and attempts; feedback on graded attempts and answers;
-- search over the text of lesson content. Written twice, here and in
-- org/learningstore/migration/sqlite (with sqlite-fts5/V1_2 for the file's index); V8 means the same
-- change in both.

ALTER TABLE skills ADD COLUMN metadata text NOT NULL DEFAULT '{}'
    CONSTRAINT skills_metadata_check CHECK (jsonb_typeof(metadata::jsonb) = 'object');
ALTER TABLE lessons ADD COLUMN metadata text NOT NULL DEFAULT '{}'
    CONSTRAINT lessons_metadata_check CHECK (jsonb_typeof(metadata::jsonb) = 'object');
ALTER TABLE attempts ADD COLUMN metadata text NOT NULL DEFAULT '{}'
    CONSTRAINT attempts_metadata_check CHECK (jsonb_typeof(metadata::jsonb) = 'object');
ALTER TABLE attempts ADD COLUMN feedback text;
ALTER TABLE answers ADD COLUMN feedback text;

-- The search document gains the lessons' text (weight D): every string value of each lesson's
-- content document, not its keys.
CREATE OR REPLACE FUNCTION refresh_course_search(target uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO course_search (course_id, document)
    SELECT c.id,
           setweight(to_tsvector('simple', c.title), 'A')
           || setweight(to_tsvector('simple', coalesce(c.description, '')), 'B')
           || setweight(to_tsvector('simple', coalesce((SELECT string_agg(l.title, ' ')
                                                       FROM lessons l JOIN modules m ON m.id = l.module_id
                                                       WHERE m.course_id = c.id), '')), 'C')
           || setweight(to_tsvector('simple', coalesce((SELECT string_agg(t.value #>> '{}', ' ')
                                                       FROM lessons l JOIN modules m ON m.id = l.module_id,
                                                            jsonb_path_query(l.content::jsonb,
                                                                'strict $.** ? (@.type() == "string")') AS t(value)
                                                       WHERE m.course_id = c.id), '')), 'D')
    FROM courses c
    WHERE c.id = target
    ON CONFLICT (course_id) DO UPDATE SET document = excluded.document;
$$;

DROP TRIGGER lessons_search_refresh ON lessons;
CREATE TRIGGER lessons_search_refresh AFTER INSERT OR DELETE OR UPDATE OF title, module_id, content ON lessons
    FOR EACH ROW EXECUTE FUNCTION lessons_search_trigger();

SELECT refresh_course_search(id) FROM courses;

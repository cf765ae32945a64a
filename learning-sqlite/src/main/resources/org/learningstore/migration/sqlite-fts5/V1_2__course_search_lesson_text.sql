-- The file's search index gains the lessons' text: every string value of each lesson's content
-- document (json_tree), not its keys, in a lesson_text column. FTS5 tables cannot gain a column,
-- so this rebuilds the index V1_1 made, with its triggers, from the courses as they are; the view
-- course_search_lessons says once what a course's lesson titles and lesson text are. Like V1_1,
-- it is forgotten when the database moves to Turso and runs again when it comes back. It needs
-- nothing later than V1, so it is numbered 1.2 (a file at V8 applies it after V8) and the schema
-- version stays the shared scripts' highest.
DROP TABLE IF EXISTS course_search;
DROP VIEW IF EXISTS course_search_lessons;
DROP TRIGGER IF EXISTS courses_search_insert;
DROP TRIGGER IF EXISTS courses_search_update;
DROP TRIGGER IF EXISTS courses_search_delete;
DROP TRIGGER IF EXISTS lessons_search_insert;
DROP TRIGGER IF EXISTS lessons_search_update;
DROP TRIGGER IF EXISTS lessons_search_delete;
DROP TRIGGER IF EXISTS modules_search_delete;

CREATE VIRTUAL TABLE course_search USING fts5(course_id UNINDEXED, title, description, lesson_titles, lesson_text, tokenize = 'unicode61');

CREATE VIEW course_search_lessons AS
SELECT m.course_id AS course_id,
       group_concat(l.title, ' ') AS lesson_titles,
       (SELECT group_concat(t.value, ' ') FROM lessons tl JOIN modules tm ON tm.id = tl.module_id, json_tree(tl.content) t
        WHERE tm.course_id = m.course_id AND t.type = 'text') AS lesson_text
FROM modules m JOIN lessons l ON l.module_id = m.id
GROUP BY m.course_id;

CREATE TRIGGER courses_search_insert AFTER INSERT ON courses BEGIN
    INSERT INTO course_search (course_id, title, description, lesson_titles, lesson_text)
    VALUES (NEW.id, NEW.title, coalesce(NEW.description, ''), '', '');
END;

CREATE TRIGGER courses_search_update AFTER UPDATE OF title, description ON courses BEGIN
    UPDATE course_search SET title = NEW.title, description = coalesce(NEW.description, '')
    WHERE course_id = NEW.id;
END;

CREATE TRIGGER courses_search_delete AFTER DELETE ON courses BEGIN
    DELETE FROM course_search WHERE course_id = OLD.id;
END;

CREATE TRIGGER lessons_search_insert AFTER INSERT ON lessons BEGIN
    UPDATE course_search SET (lesson_titles, lesson_text) = (SELECT coalesce(max(v.lesson_titles), ''),
        coalesce(max(v.lesson_text), '') FROM course_search_lessons v WHERE v.course_id = course_search.course_id)
    WHERE course_id = (SELECT course_id FROM modules WHERE id = NEW.module_id);
END;

CREATE TRIGGER lessons_search_update AFTER UPDATE OF title, module_id, content ON lessons BEGIN
    UPDATE course_search SET (lesson_titles, lesson_text) = (SELECT coalesce(max(v.lesson_titles), ''),
        coalesce(max(v.lesson_text), '') FROM course_search_lessons v WHERE v.course_id = course_search.course_id)
    WHERE course_id IN (SELECT course_id FROM modules WHERE id IN (NEW.module_id, OLD.module_id));
END;

CREATE TRIGGER lessons_search_delete AFTER DELETE ON lessons BEGIN
    UPDATE course_search SET (lesson_titles, lesson_text) = (SELECT coalesce(max(v.lesson_titles), ''),
        coalesce(max(v.lesson_text), '') FROM course_search_lessons v WHERE v.course_id = course_search.course_id)
    WHERE course_id = (SELECT course_id FROM modules WHERE id = OLD.module_id);
END;

CREATE TRIGGER modules_search_delete AFTER DELETE ON modules BEGIN
    UPDATE course_search SET (lesson_titles, lesson_text) = (SELECT coalesce(max(v.lesson_titles), ''),
        coalesce(max(v.lesson_text), '') FROM course_search_lessons v WHERE v.course_id = course_search.course_id)
    WHERE course_id = OLD.course_id;
END;

INSERT INTO course_search (course_id, title, description, lesson_titles, lesson_text)
SELECT c.id, c.title, coalesce(c.description, ''), coalesce(v.lesson_titles, ''), coalesce(v.lesson_text, '')
FROM courses c LEFT JOIN course_search_lessons v ON v.course_id = c.id;

-- Full-text search for the SQLite file only: Turso's server has no FTS5 and searches with a
-- LIKE fallback instead. One row per course: title, description, and its lesson titles,
-- kept current by triggers; the unicode61 tokenizer matches PostgreSQL's 'simple' configuration.
-- Opening the database on Turso (which cannot run these triggers) removes this version from the
-- history, so it runs again on the next open as a file: it drops what an earlier run made and
-- builds the index from the courses as they are.
DROP TABLE IF EXISTS course_search;
DROP TRIGGER IF EXISTS courses_search_insert;
DROP TRIGGER IF EXISTS courses_search_update;
DROP TRIGGER IF EXISTS courses_search_delete;
DROP TRIGGER IF EXISTS lessons_search_insert;
DROP TRIGGER IF EXISTS lessons_search_update;
DROP TRIGGER IF EXISTS lessons_search_delete;
DROP TRIGGER IF EXISTS modules_search_delete;

CREATE VIRTUAL TABLE course_search USING fts5(course_id UNINDEXED, title, description, lesson_titles, tokenize = 'unicode61');

CREATE TRIGGER courses_search_insert AFTER INSERT ON courses BEGIN
    INSERT INTO course_search (course_id, title, description, lesson_titles)
    VALUES (NEW.id, NEW.title, coalesce(NEW.description, ''), '');
END;

CREATE TRIGGER courses_search_update AFTER UPDATE OF title, description ON courses BEGIN
    UPDATE course_search SET title = NEW.title, description = coalesce(NEW.description, '')
    WHERE course_id = NEW.id;
END;

CREATE TRIGGER courses_search_delete AFTER DELETE ON courses BEGIN
    DELETE FROM course_search WHERE course_id = OLD.id;
END;

CREATE TRIGGER lessons_search_insert AFTER INSERT ON lessons BEGIN
    UPDATE course_search SET lesson_titles = (
        SELECT coalesce(group_concat(l.title, ' '), '') FROM lessons l JOIN modules m ON m.id = l.module_id
        WHERE m.course_id = course_search.course_id)
    WHERE course_id = (SELECT course_id FROM modules WHERE id = NEW.module_id);
END;

CREATE TRIGGER lessons_search_update AFTER UPDATE OF title, module_id ON lessons BEGIN
    UPDATE course_search SET lesson_titles = (
        SELECT coalesce(group_concat(l.title, ' '), '') FROM lessons l JOIN modules m ON m.id = l.module_id
        WHERE m.course_id = course_search.course_id)
    WHERE course_id IN (SELECT course_id FROM modules WHERE id IN (NEW.module_id, OLD.module_id));
END;

CREATE TRIGGER lessons_search_delete AFTER DELETE ON lessons BEGIN
    UPDATE course_search SET lesson_titles = (
        SELECT coalesce(group_concat(l.title, ' '), '') FROM lessons l JOIN modules m ON m.id = l.module_id
        WHERE m.course_id = course_search.course_id)
    WHERE course_id = (SELECT course_id FROM modules WHERE id = OLD.module_id);
END;

CREATE TRIGGER modules_search_delete AFTER DELETE ON modules BEGIN
    UPDATE course_search SET lesson_titles = (
        SELECT coalesce(group_concat(l.title, ' '), '') FROM lessons l JOIN modules m ON m.id = l.module_id
        WHERE m.course_id = course_search.course_id)
    WHERE course_id = OLD.course_id;
END;

INSERT INTO course_search (course_id, title, description, lesson_titles)
SELECT c.id, c.title, coalesce(c.description, ''), (
    SELECT coalesce(group_concat(l.title, ' '), '') FROM lessons l JOIN modules m ON m.id = l.module_id
    WHERE m.course_id = c.id)
FROM courses c;

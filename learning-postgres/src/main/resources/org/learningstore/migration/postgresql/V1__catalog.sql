-- Course catalog: courses, modules, lessons, skills, and the audit log.
-- Written twice, here and in org/learningstore/migration/sqlite; V1 means the same change in both.

CREATE TABLE courses (
    id                  uuid         PRIMARY KEY,
    slug                text         COLLATE "C" NOT NULL,
    title               text         COLLATE "C" NOT NULL,
    description         text,
    discipline          text,
    difficulty          text         NOT NULL CONSTRAINT courses_difficulty_check CHECK (difficulty IN ('beginner', 'intermediate', 'advanced')),
    estimated_minutes   integer      NOT NULL CONSTRAINT courses_estimated_minutes_check CHECK (estimated_minutes >= 0),
    status              text         NOT NULL CONSTRAINT courses_status_check CHECK (status IN ('draft', 'published', 'archived')),
    featured            boolean      NOT NULL,
    max_students        integer      CONSTRAINT courses_max_students_check CHECK (max_students >= 1),
    prerequisites       jsonb        NOT NULL CONSTRAINT courses_prerequisites_check CHECK (jsonb_typeof(prerequisites) = 'array'),
    learning_objectives jsonb        NOT NULL CONSTRAINT courses_learning_objectives_check CHECK (jsonb_typeof(learning_objectives) = 'array'),
    thumbnail_url       text,
    instructor_ref      uuid,
    version             bigint       NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    deleted_at          timestamptz,
    CONSTRAINT courses_slug_key UNIQUE (slug)
);
-- Listings never show soft-deleted rows, so their indexes leave them out.
CREATE INDEX courses_listing_idx ON courses (status, difficulty, title, id) WHERE deleted_at IS NULL;
CREATE INDEX courses_title_idx ON courses (title, id) WHERE deleted_at IS NULL;
CREATE INDEX courses_created_idx ON courses (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX courses_updated_idx ON courses (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX courses_instructor_idx ON courses (instructor_ref) WHERE deleted_at IS NULL;
CREATE INDEX courses_discipline_idx ON courses (discipline) WHERE deleted_at IS NULL;

CREATE TABLE course_tags (
    course_id uuid    NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    tag       text    COLLATE "C" NOT NULL,
    position  integer NOT NULL,
    PRIMARY KEY (course_id, tag)
);
CREATE INDEX course_tags_tag_idx ON course_tags (tag, course_id);

CREATE TABLE modules (
    id                uuid        PRIMARY KEY,
    course_id         uuid        NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    title             text        NOT NULL,
    description       text,
    position          integer     NOT NULL,
    published         boolean     NOT NULL,
    estimated_minutes integer     NOT NULL CONSTRAINT modules_estimated_minutes_check CHECK (estimated_minutes >= 0),
    version           bigint      NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    CONSTRAINT modules_course_position_key UNIQUE (course_id, position)
);

-- A lesson's content is the author's document: text checked as a JSON object, so it reads back
-- exactly as written (jsonb would reorder keys and respace it).
CREATE TABLE lessons (
    id                  uuid        PRIMARY KEY,
    module_id           uuid        NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    title               text        NOT NULL,
    kind                text        NOT NULL CONSTRAINT lessons_kind_check CHECK (kind IN ('theory', 'interactive', 'project', 'practice')),
    content             text        NOT NULL CONSTRAINT lessons_content_check CHECK (jsonb_typeof(content::jsonb) = 'object'),
    estimated_minutes   integer     NOT NULL CONSTRAINT lessons_estimated_minutes_check CHECK (estimated_minutes >= 0),
    position            integer     NOT NULL,
    published           boolean     NOT NULL,
    free_preview        boolean     NOT NULL,
    learning_objectives jsonb       NOT NULL CONSTRAINT lessons_learning_objectives_check CHECK (jsonb_typeof(learning_objectives) = 'array'),
    resources           jsonb       NOT NULL CONSTRAINT lessons_resources_check CHECK (jsonb_typeof(resources) = 'array'),
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CONSTRAINT lessons_module_position_key UNIQUE (module_id, position)
);

CREATE TABLE skills (
    id          uuid        PRIMARY KEY,
    parent_id   uuid        REFERENCES skills (id) ON DELETE RESTRICT,
    name        text        COLLATE "C" NOT NULL,
    description text,
    level       text        NOT NULL CONSTRAINT skills_level_check CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT skills_name_key UNIQUE (name)
);
CREATE INDEX skills_parent_idx ON skills (parent_id, name);

CREATE TABLE lesson_skills (
    lesson_id uuid NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    skill_id  uuid NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    PRIMARY KEY (lesson_id, skill_id)
);
CREATE INDEX lesson_skills_skill_idx ON lesson_skills (skill_id);

CREATE TABLE audit_log (
    id          uuid        PRIMARY KEY,
    entity_type text        NOT NULL,
    entity_id   uuid        NOT NULL,
    action      text        NOT NULL,
    actor       text        NOT NULL,
    before      jsonb,
    after       jsonb,
    at          timestamptz NOT NULL
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at);

-- Full-text search: one weighted document per course (title A, description B, lesson titles C),
-- kept current by triggers. The 'simple' configuration matches SQLite FTS5's unicode61 tokenizer:
-- lower-cased words, no stemming, no stop words.
CREATE TABLE course_search (
    course_id uuid     PRIMARY KEY REFERENCES courses (id) ON DELETE CASCADE,
    document  tsvector NOT NULL
);
CREATE INDEX course_search_document_idx ON course_search USING gin (document);

CREATE FUNCTION refresh_course_search(target uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO course_search (course_id, document)
    SELECT c.id,
           setweight(to_tsvector('simple', c.title), 'A')
           || setweight(to_tsvector('simple', coalesce(c.description, '')), 'B')
           || setweight(to_tsvector('simple', coalesce((SELECT string_agg(l.title, ' ')
                                                       FROM lessons l JOIN modules m ON m.id = l.module_id
                                                       WHERE m.course_id = c.id), '')), 'C')
    FROM courses c
    WHERE c.id = target
    ON CONFLICT (course_id) DO UPDATE SET document = excluded.document;
$$;

CREATE FUNCTION courses_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_course_search(NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER courses_search_refresh AFTER INSERT OR UPDATE OF title, description ON courses
    FOR EACH ROW EXECUTE FUNCTION courses_search_trigger();

CREATE FUNCTION lessons_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM refresh_course_search((SELECT course_id FROM modules WHERE id = OLD.module_id));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM refresh_course_search((SELECT course_id FROM modules WHERE id = NEW.module_id));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER lessons_search_refresh AFTER INSERT OR DELETE OR UPDATE OF title, module_id ON lessons
    FOR EACH ROW EXECUTE FUNCTION lessons_search_trigger();

CREATE FUNCTION modules_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_course_search(OLD.course_id);
    RETURN NULL;
END $$;

CREATE TRIGGER modules_search_refresh AFTER DELETE ON modules
    FOR EACH ROW EXECUTE FUNCTION modules_search_trigger();

-- Course catalog: courses, modules, lessons, skills, and the audit log.
-- Written twice, here and in org/learningstore/migration/postgresql; V1 means the same change in both.
-- Shared by the SQLite file and Turso, so it stays off what Turso lacks (see TURSO.md).
-- Types: ids are canonical UUID text, instants are INTEGER microseconds since the epoch,
-- booleans are INTEGER 0/1, JSON is TEXT checked by the JSON functions.

CREATE TABLE courses (
    id                  TEXT    PRIMARY KEY,
    slug                TEXT    NOT NULL,
    title               TEXT    NOT NULL,
    description         TEXT,
    discipline          TEXT,
    difficulty          TEXT    NOT NULL CONSTRAINT courses_difficulty_check CHECK (difficulty IN ('beginner', 'intermediate', 'advanced')),
    estimated_minutes   INTEGER NOT NULL CONSTRAINT courses_estimated_minutes_check CHECK (estimated_minutes >= 0),
    status              TEXT    NOT NULL CONSTRAINT courses_status_check CHECK (status IN ('draft', 'published', 'archived')),
    featured            INTEGER NOT NULL CHECK (featured IN (0, 1)),
    max_students        INTEGER CONSTRAINT courses_max_students_check CHECK (max_students >= 1),
    prerequisites       TEXT    NOT NULL CONSTRAINT courses_prerequisites_check CHECK (json_type(prerequisites) = 'array'),
    learning_objectives TEXT    NOT NULL CONSTRAINT courses_learning_objectives_check CHECK (json_type(learning_objectives) = 'array'),
    thumbnail_url       TEXT,
    instructor_ref      TEXT,
    version             INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    deleted_at          INTEGER,
    CONSTRAINT courses_slug_key UNIQUE (slug)
) STRICT;
-- Listings never show soft-deleted rows, so their indexes leave them out.
CREATE INDEX courses_listing_idx ON courses (status, difficulty, title, id) WHERE deleted_at IS NULL;
CREATE INDEX courses_title_idx ON courses (title, id) WHERE deleted_at IS NULL;
CREATE INDEX courses_created_idx ON courses (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX courses_updated_idx ON courses (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX courses_instructor_idx ON courses (instructor_ref) WHERE deleted_at IS NULL;
CREATE INDEX courses_discipline_idx ON courses (discipline) WHERE deleted_at IS NULL;

CREATE TABLE course_tags (
    course_id TEXT    NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    tag       TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (course_id, tag)
) STRICT;
CREATE INDEX course_tags_tag_idx ON course_tags (tag, course_id);

CREATE TABLE modules (
    id                TEXT    PRIMARY KEY,
    course_id         TEXT    NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    title             TEXT    NOT NULL,
    description       TEXT,
    position          INTEGER NOT NULL,
    published         INTEGER NOT NULL CHECK (published IN (0, 1)),
    estimated_minutes INTEGER NOT NULL CONSTRAINT modules_estimated_minutes_check CHECK (estimated_minutes >= 0),
    version           INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    CONSTRAINT modules_course_position_key UNIQUE (course_id, position)
) STRICT;

CREATE TABLE lessons (
    id                  TEXT    PRIMARY KEY,
    module_id           TEXT    NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    title               TEXT    NOT NULL,
    kind                TEXT    NOT NULL CONSTRAINT lessons_kind_check CHECK (kind IN ('theory', 'interactive', 'project', 'practice')),
    content             TEXT    NOT NULL CONSTRAINT lessons_content_check CHECK (json_type(content) = 'object'),
    estimated_minutes   INTEGER NOT NULL CONSTRAINT lessons_estimated_minutes_check CHECK (estimated_minutes >= 0),
    position            INTEGER NOT NULL,
    published           INTEGER NOT NULL CHECK (published IN (0, 1)),
    free_preview        INTEGER NOT NULL CHECK (free_preview IN (0, 1)),
    learning_objectives TEXT    NOT NULL CONSTRAINT lessons_learning_objectives_check CHECK (json_type(learning_objectives) = 'array'),
    resources           TEXT    NOT NULL CONSTRAINT lessons_resources_check CHECK (json_type(resources) = 'array'),
    version             INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    CONSTRAINT lessons_module_position_key UNIQUE (module_id, position)
) STRICT;

CREATE TABLE skills (
    id          TEXT    PRIMARY KEY,
    parent_id   TEXT    REFERENCES skills (id) ON DELETE RESTRICT,
    name        TEXT    NOT NULL,
    description TEXT,
    level       TEXT    NOT NULL CONSTRAINT skills_level_check CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    version     INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CONSTRAINT skills_name_key UNIQUE (name)
) STRICT;
CREATE INDEX skills_parent_idx ON skills (parent_id, name);

CREATE TABLE lesson_skills (
    lesson_id TEXT NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    skill_id  TEXT NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    PRIMARY KEY (lesson_id, skill_id)
) STRICT;
CREATE INDEX lesson_skills_skill_idx ON lesson_skills (skill_id);

CREATE TABLE audit_log (
    id          TEXT    PRIMARY KEY,
    entity_type TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    before      TEXT    CHECK (before IS NULL OR json_valid(before)),
    after       TEXT    CHECK (after IS NULL OR json_valid(after)),
    at          INTEGER NOT NULL
) STRICT;
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at);

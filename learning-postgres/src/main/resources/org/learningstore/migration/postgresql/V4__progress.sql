-- Progress: enrollments (with seats counted on the course), lesson progress, skill mastery,
-- study sessions and their practice answers.
-- Written twice, here and in org/learningstore/migration/sqlite; V4 means the same change in both.

-- Seats taken (active and completed enrollments), kept by guarded updates so max_students holds.
ALTER TABLE courses ADD COLUMN enrolled_count integer NOT NULL DEFAULT 0;

CREATE TABLE enrollments (
    id                uuid             PRIMARY KEY,
    course_id         uuid             NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    learner_id        uuid             NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    status            text             NOT NULL CONSTRAINT enrollments_status_check CHECK (status IN ('active', 'completed', 'dropped')),
    enrolled_at       timestamptz      NOT NULL,
    completed_at      timestamptz,
    progress_percent  double precision NOT NULL CONSTRAINT enrollments_progress_percent_check CHECK (progress_percent BETWEEN 0 AND 100),
    current_lesson_id uuid             REFERENCES lessons (id) ON DELETE SET NULL,
    last_accessed_at  timestamptz      NOT NULL,
    version           bigint           NOT NULL,
    CONSTRAINT enrollments_learner_course_key UNIQUE (learner_id, course_id)
);
CREATE INDEX enrollments_dashboard_idx ON enrollments (learner_id, enrolled_at, id);
CREATE INDEX enrollments_course_idx ON enrollments (course_id, status);
CREATE INDEX enrollments_current_lesson_idx ON enrollments (current_lesson_id);

CREATE TABLE lesson_progress (
    learner_id    uuid             NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_id     uuid             NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    status        text             NOT NULL CONSTRAINT lesson_progress_status_check CHECK (status IN ('not_started', 'in_progress', 'completed')),
    started_at    timestamptz,
    completed_at  timestamptz,
    time_spent_ms bigint           NOT NULL CONSTRAINT lesson_progress_time_spent_ms_check CHECK (time_spent_ms >= 0),
    best_score    double precision,
    attempts      integer          NOT NULL,
    -- the learner's resume position: text checked as a JSON object, read back as written
    last_position text             CONSTRAINT lesson_progress_last_position_check CHECK (jsonb_typeof(last_position::jsonb) = 'object'),
    bookmarks     jsonb            NOT NULL CONSTRAINT lesson_progress_bookmarks_check CHECK (jsonb_typeof(bookmarks) = 'array'),
    updated_at    timestamptz      NOT NULL,
    version       bigint           NOT NULL,
    PRIMARY KEY (learner_id, lesson_id)
);
CREATE INDEX lesson_progress_lesson_idx ON lesson_progress (lesson_id);

CREATE TABLE skill_mastery (
    learner_id        uuid             NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    skill_id          uuid             NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    status            text             NOT NULL CONSTRAINT skill_mastery_status_check CHECK (status IN ('not_started', 'in_progress', 'mastered', 'review_needed')),
    score             double precision NOT NULL CONSTRAINT skill_mastery_score_check CHECK (score BETWEEN 0 AND 1),
    answers           integer          NOT NULL,
    correct           integer          NOT NULL,
    last_practiced_at timestamptz,
    version           bigint           NOT NULL,
    PRIMARY KEY (learner_id, skill_id)
);
CREATE INDEX skill_mastery_skill_idx ON skill_mastery (skill_id);

CREATE TABLE study_sessions (
    id             uuid        PRIMARY KEY,
    learner_id     uuid        NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    scope_kind     text        NOT NULL CONSTRAINT study_sessions_scope_kind_check CHECK (scope_kind IN ('assessment', 'course', 'skills')),
    assessment_id  uuid        REFERENCES assessments (id) ON DELETE CASCADE,
    course_id      uuid        REFERENCES courses (id) ON DELETE CASCADE,
    skill_ids      jsonb       NOT NULL CONSTRAINT study_sessions_skill_ids_check CHECK (jsonb_typeof(skill_ids) = 'array'),
    mode           text        NOT NULL CONSTRAINT study_sessions_mode_check CHECK (mode IN ('practice', 'review', 'timed')),
    min_difficulty integer     NOT NULL CONSTRAINT study_sessions_min_difficulty_check CHECK (min_difficulty BETWEEN 1 AND 5),
    max_difficulty integer     NOT NULL CONSTRAINT study_sessions_max_difficulty_check CHECK (max_difficulty BETWEEN 1 AND 5),
    started_at     timestamptz NOT NULL,
    ended_at       timestamptz,
    answered       integer     NOT NULL,
    correct        integer     NOT NULL,
    time_spent_ms  bigint      NOT NULL,
    version        bigint      NOT NULL
);
CREATE INDEX study_sessions_learner_idx ON study_sessions (learner_id, started_at);
CREATE INDEX study_sessions_assessment_idx ON study_sessions (assessment_id);
CREATE INDEX study_sessions_course_idx ON study_sessions (course_id);

CREATE TABLE practice_answers (
    id            uuid             PRIMARY KEY,
    session_id    uuid             NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
    learner_id    uuid             NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    question_id   uuid             NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    response      jsonb            NOT NULL CONSTRAINT practice_answers_response_check CHECK (jsonb_typeof(response) = 'object'),
    correct       boolean          NOT NULL,
    points        double precision NOT NULL,
    answered_at   timestamptz      NOT NULL,
    time_spent_ms bigint           NOT NULL CONSTRAINT practice_answers_time_spent_ms_check CHECK (time_spent_ms >= 0)
);
CREATE INDEX practice_answers_learner_idx ON practice_answers (learner_id, question_id, answered_at);
CREATE INDEX practice_answers_session_idx ON practice_answers (session_id);
CREATE INDEX practice_answers_question_idx ON practice_answers (question_id);

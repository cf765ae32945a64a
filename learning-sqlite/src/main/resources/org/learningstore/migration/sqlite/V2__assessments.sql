-- Assessments: questions, per-learner overrides, attempts, answers, question statistics.
-- Written twice, here and in org/learningstore/migration/postgresql; V2 means the same change in both.
-- Learner ids are the host app's until the learners table arrives.

CREATE TABLE assessments (
    id                  TEXT    PRIMARY KEY,
    course_id           TEXT    NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    -- removing a lesson keeps its assessments (and their attempts) on the course
    lesson_id           TEXT    REFERENCES lessons (id) ON DELETE SET NULL,
    kind                TEXT    NOT NULL CONSTRAINT assessments_kind_check CHECK (kind IN ('quiz', 'exam', 'test', 'practice', 'challenge', 'assignment', 'project')),
    title               TEXT    NOT NULL,
    description         TEXT,
    passing_score       INTEGER NOT NULL CONSTRAINT assessments_passing_score_check CHECK (passing_score BETWEEN 0 AND 100),
    max_attempts        INTEGER CONSTRAINT assessments_max_attempts_check CHECK (max_attempts >= 1),
    time_limit_ms       INTEGER CONSTRAINT assessments_time_limit_ms_check CHECK (time_limit_ms > 0),
    randomize_questions INTEGER NOT NULL CHECK (randomize_questions IN (0, 1)),
    show_answers        TEXT    NOT NULL CONSTRAINT assessments_show_answers_check CHECK (show_answers IN ('never', 'after_submit', 'after_pass')),
    partial_credit      INTEGER NOT NULL CHECK (partial_credit IN (0, 1)),
    version             INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
) STRICT;
CREATE INDEX assessments_course_idx ON assessments (course_id, created_at, id);
CREATE INDEX assessments_lesson_idx ON assessments (lesson_id);

CREATE TABLE questions (
    id            TEXT    PRIMARY KEY,
    assessment_id TEXT    NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT    NOT NULL CONSTRAINT questions_kind_check CHECK (kind IN ('single_choice', 'multiple_choice', 'true_false', 'short_text', 'numeric')),
    prompt        TEXT    NOT NULL,
    options       TEXT    NOT NULL CONSTRAINT questions_options_check CHECK (json_type(options) = 'array'),
    answer_key    TEXT    NOT NULL CONSTRAINT questions_answer_key_check CHECK (json_type(answer_key) = 'object'),
    explanation   TEXT,
    points        INTEGER NOT NULL CONSTRAINT questions_points_check CHECK (points BETWEEN 0 AND 1000),
    difficulty    INTEGER NOT NULL CONSTRAINT questions_difficulty_check CHECK (difficulty BETWEEN 1 AND 5),
    skill_id      TEXT    REFERENCES skills (id) ON DELETE SET NULL,
    version       INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    CONSTRAINT questions_assessment_position_key UNIQUE (assessment_id, position)
) STRICT;
CREATE INDEX questions_skill_idx ON questions (skill_id);

CREATE TABLE question_stats (
    question_id    TEXT    PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
    times_answered INTEGER NOT NULL,
    times_correct  INTEGER NOT NULL,
    total_time_ms  INTEGER NOT NULL
) STRICT;

CREATE TABLE attempt_overrides (
    assessment_id  TEXT    NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    learner_id     TEXT    NOT NULL,
    extra_attempts INTEGER NOT NULL CONSTRAINT attempt_overrides_extra_attempts_check CHECK (extra_attempts >= 0),
    extra_time_ms  INTEGER NOT NULL CONSTRAINT attempt_overrides_extra_time_ms_check CHECK (extra_time_ms >= 0),
    PRIMARY KEY (assessment_id, learner_id)
) STRICT;

CREATE TABLE attempts (
    id             TEXT    PRIMARY KEY,
    assessment_id  TEXT    NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    learner_id     TEXT    NOT NULL,
    number         INTEGER NOT NULL CONSTRAINT attempts_number_check CHECK (number >= 1),
    status         TEXT    NOT NULL CONSTRAINT attempts_status_check CHECK (status IN ('in_progress', 'submitted', 'abandoned', 'expired')),
    started_at     INTEGER NOT NULL,
    deadline       INTEGER,
    submitted_at   INTEGER,
    score          REAL,
    max_score      REAL,
    percent        REAL,
    passed         INTEGER CHECK (passed IN (0, 1)),
    previous_score REAL,
    question_order TEXT    NOT NULL CONSTRAINT attempts_question_order_check CHECK (json_type(question_order) = 'array'),
    graded_against TEXT    CONSTRAINT attempts_graded_against_check CHECK (json_type(graded_against) = 'array'),
    version        INTEGER NOT NULL,
    CONSTRAINT attempts_number_key UNIQUE (assessment_id, learner_id, number)
) STRICT;
-- At most one attempt in progress per learner and assessment, held by the database.
CREATE UNIQUE INDEX attempts_in_progress_idx ON attempts (assessment_id, learner_id) WHERE status = 'in_progress';
CREATE INDEX attempts_overdue_idx ON attempts (deadline) WHERE status = 'in_progress';
CREATE INDEX attempts_learner_idx ON attempts (learner_id);

CREATE TABLE answers (
    attempt_id    TEXT    NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    question_id   TEXT    NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    response      TEXT    NOT NULL CONSTRAINT answers_response_check CHECK (json_type(response) = 'object'),
    correct       INTEGER CHECK (correct IN (0, 1)),
    points        REAL,
    answered_at   INTEGER NOT NULL,
    time_spent_ms INTEGER NOT NULL CONSTRAINT answers_time_spent_ms_check CHECK (time_spent_ms >= 0),
    PRIMARY KEY (attempt_id, question_id)
) STRICT;
CREATE INDEX answers_question_idx ON answers (question_id);

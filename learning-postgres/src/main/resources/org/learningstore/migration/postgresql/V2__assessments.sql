-- Assessments: questions, per-learner overrides, attempts, answers, question statistics.
-- Written twice, here and in org/learningstore/migration/sqlite; V2 means the same change in both.
-- Learner ids are the host app's until the learners table arrives.

CREATE TABLE assessments (
    id                  uuid        PRIMARY KEY,
    course_id           uuid        NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    -- removing a lesson keeps its assessments (and their attempts) on the course
    lesson_id           uuid        REFERENCES lessons (id) ON DELETE SET NULL,
    kind                text        NOT NULL CONSTRAINT assessments_kind_check CHECK (kind IN ('quiz', 'exam', 'test', 'practice', 'challenge', 'assignment', 'project')),
    title               text        NOT NULL,
    description         text,
    passing_score       integer     NOT NULL CONSTRAINT assessments_passing_score_check CHECK (passing_score BETWEEN 0 AND 100),
    max_attempts        integer     CONSTRAINT assessments_max_attempts_check CHECK (max_attempts >= 1),
    time_limit_ms       bigint      CONSTRAINT assessments_time_limit_ms_check CHECK (time_limit_ms > 0),
    randomize_questions boolean     NOT NULL,
    show_answers        text        NOT NULL CONSTRAINT assessments_show_answers_check CHECK (show_answers IN ('never', 'after_submit', 'after_pass')),
    partial_credit      boolean     NOT NULL,
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX assessments_course_idx ON assessments (course_id, created_at, id);
CREATE INDEX assessments_lesson_idx ON assessments (lesson_id);

CREATE TABLE questions (
    id            uuid        PRIMARY KEY,
    assessment_id uuid        NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    position      integer     NOT NULL,
    kind          text        NOT NULL CONSTRAINT questions_kind_check CHECK (kind IN ('single_choice', 'multiple_choice', 'true_false', 'short_text', 'numeric')),
    prompt        text        NOT NULL,
    options       jsonb       NOT NULL CONSTRAINT questions_options_check CHECK (jsonb_typeof(options) = 'array'),
    answer_key    jsonb       NOT NULL CONSTRAINT questions_answer_key_check CHECK (jsonb_typeof(answer_key) = 'object'),
    explanation   text,
    points        integer     NOT NULL CONSTRAINT questions_points_check CHECK (points BETWEEN 0 AND 1000),
    difficulty    integer     NOT NULL CONSTRAINT questions_difficulty_check CHECK (difficulty BETWEEN 1 AND 5),
    skill_id      uuid        REFERENCES skills (id) ON DELETE SET NULL,
    version       bigint      NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT questions_assessment_position_key UNIQUE (assessment_id, position)
);
CREATE INDEX questions_skill_idx ON questions (skill_id);

CREATE TABLE question_stats (
    question_id    uuid   PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
    times_answered bigint NOT NULL,
    times_correct  bigint NOT NULL,
    total_time_ms  bigint NOT NULL
);

CREATE TABLE attempt_overrides (
    assessment_id  uuid    NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    learner_id     uuid    NOT NULL,
    extra_attempts integer NOT NULL CONSTRAINT attempt_overrides_extra_attempts_check CHECK (extra_attempts >= 0),
    extra_time_ms  bigint  NOT NULL CONSTRAINT attempt_overrides_extra_time_ms_check CHECK (extra_time_ms >= 0),
    PRIMARY KEY (assessment_id, learner_id)
);

CREATE TABLE attempts (
    id             uuid             PRIMARY KEY,
    assessment_id  uuid             NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    learner_id     uuid             NOT NULL,
    number         integer          NOT NULL CONSTRAINT attempts_number_check CHECK (number >= 1),
    status         text             NOT NULL CONSTRAINT attempts_status_check CHECK (status IN ('in_progress', 'submitted', 'abandoned', 'expired')),
    started_at     timestamptz      NOT NULL,
    deadline       timestamptz,
    submitted_at   timestamptz,
    score          double precision,
    max_score      double precision,
    percent        double precision,
    passed         boolean,
    previous_score double precision,
    question_order jsonb            NOT NULL CONSTRAINT attempts_question_order_check CHECK (jsonb_typeof(question_order) = 'array'),
    graded_against jsonb            CONSTRAINT attempts_graded_against_check CHECK (jsonb_typeof(graded_against) = 'array'),
    version        bigint           NOT NULL,
    CONSTRAINT attempts_number_key UNIQUE (assessment_id, learner_id, number)
);
-- At most one attempt in progress per learner and assessment, held by the database.
CREATE UNIQUE INDEX attempts_in_progress_idx ON attempts (assessment_id, learner_id) WHERE status = 'in_progress';
CREATE INDEX attempts_overdue_idx ON attempts (deadline) WHERE status = 'in_progress';
CREATE INDEX attempts_learner_idx ON attempts (learner_id);

CREATE TABLE answers (
    attempt_id    uuid             NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    question_id   uuid             NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    response      jsonb            NOT NULL CONSTRAINT answers_response_check CHECK (jsonb_typeof(response) = 'object'),
    correct       boolean,
    points        double precision,
    answered_at   timestamptz      NOT NULL,
    time_spent_ms bigint           NOT NULL CONSTRAINT answers_time_spent_ms_check CHECK (time_spent_ms >= 0),
    PRIMARY KEY (attempt_id, question_id)
);
CREATE INDEX answers_question_idx ON answers (question_id);

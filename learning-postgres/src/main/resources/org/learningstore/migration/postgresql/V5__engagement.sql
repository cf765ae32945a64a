-- Engagement: achievements and the XP ledger, learning events, notes, discussions, projects.
-- Written twice, here and in org/learningstore/migration/sqlite; V5 means the same change in both.

-- All-time global leaderboard: live learners by XP, highest first, ties by id.
CREATE INDEX learners_leaderboard_idx ON learners (total_xp, id) WHERE deleted_at IS NULL;

CREATE TABLE achievement_definitions (
    id              uuid        PRIMARY KEY,
    code            text        NOT NULL,
    title           text        NOT NULL,
    description     text,
    kind            text        NOT NULL,
    metric          text        NOT NULL CONSTRAINT achievement_definitions_metric_check CHECK (metric IN (
                        'lessons_completed', 'courses_completed', 'assessments_passed', 'perfect_scores',
                        'streak_days', 'total_xp', 'questions_answered', 'skills_mastered',
                        'projects_created', 'posts_written', 'accepted_answers', 'votes_received')),
    threshold       bigint      NOT NULL CONSTRAINT achievement_definitions_threshold_check CHECK (threshold >= 1),
    scope_course_id uuid        REFERENCES courses (id) ON DELETE CASCADE,
    scope_skill_id  uuid        REFERENCES skills (id) ON DELETE CASCADE,
    xp_reward       integer     NOT NULL CONSTRAINT achievement_definitions_xp_reward_check CHECK (xp_reward >= 0),
    icon_url        text,
    active          boolean     NOT NULL,
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT achievement_definitions_code_key UNIQUE (code)
);
CREATE INDEX achievement_definitions_metric_idx ON achievement_definitions (metric, active);
CREATE INDEX achievement_definitions_course_idx ON achievement_definitions (scope_course_id);
CREATE INDEX achievement_definitions_skill_idx ON achievement_definitions (scope_skill_id);

-- Earned at most once: the primary key holds it under any concurrency.
CREATE TABLE learner_achievements (
    learner_id     uuid        NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    achievement_id uuid        NOT NULL REFERENCES achievement_definitions (id) ON DELETE CASCADE,
    earned_at      timestamptz NOT NULL,
    -- what earned it (the metric's value, the event): text checked as a JSON object
    metadata       text        NOT NULL CONSTRAINT learner_achievements_metadata_check CHECK (jsonb_typeof(metadata::jsonb) = 'object'),
    PRIMARY KEY (learner_id, achievement_id)
);
CREATE INDEX learner_achievements_achievement_idx ON learner_achievements (achievement_id);
CREATE INDEX learner_achievements_earned_idx ON learner_achievements (learner_id, earned_at);

-- The XP ledger: learners.total_xp is always the sum of a learner's entries. One entry per
-- learner and source, so a replayed event never pays twice.
CREATE TABLE xp_entries (
    id         uuid        PRIMARY KEY,
    learner_id uuid        NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    amount     integer     NOT NULL CONSTRAINT xp_entries_amount_check CHECK (amount >= 1),
    reason     text        NOT NULL,
    source     text        NOT NULL,
    -- the course the XP was earned in, for per-course leaderboards
    course_id  uuid        REFERENCES courses (id) ON DELETE SET NULL,
    earned_at  timestamptz NOT NULL,
    CONSTRAINT xp_entries_learner_source_key UNIQUE (learner_id, source)
);
CREATE INDEX xp_entries_window_idx ON xp_entries (earned_at, learner_id);
CREATE INDEX xp_entries_course_idx ON xp_entries (course_id, earned_at, learner_id);
CREATE INDEX xp_entries_learner_idx ON xp_entries (learner_id, earned_at);

-- Append-only analytics stream; a learner's erasure keeps their events without their id.
CREATE TABLE learning_events (
    id          uuid        PRIMARY KEY,
    learner_id  uuid        REFERENCES learners (id) ON DELETE SET NULL,
    type        text        NOT NULL,
    data        text        NOT NULL CONSTRAINT learning_events_data_check CHECK (jsonb_typeof(data::jsonb) = 'object'),
    -- the learner session it happened in; sessions are purged, so no foreign key
    session_id  uuid,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX learning_events_learner_idx ON learning_events (learner_id, occurred_at, id);
CREATE INDEX learning_events_type_idx ON learning_events (type, occurred_at, id);
CREATE INDEX learning_events_occurred_idx ON learning_events (occurred_at, id);

CREATE TABLE notes (
    id          uuid        PRIMARY KEY,
    learner_id  uuid        NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_id   uuid        NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    -- the lesson's course, kept so "my notes in a course" is one index range
    course_id   uuid        NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    body        text        NOT NULL,
    -- where in the lesson's content: text checked as a JSON object, read back as written
    position    text        CONSTRAINT notes_position_check CHECK (jsonb_typeof(position::jsonb) = 'object'),
    public      boolean     NOT NULL,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX notes_learner_lesson_idx ON notes (learner_id, lesson_id, created_at, id);
CREATE INDEX notes_learner_course_idx ON notes (learner_id, course_id, created_at, id);
CREATE INDEX notes_lesson_public_idx ON notes (lesson_id, public, created_at, id);
CREATE INDEX notes_course_idx ON notes (course_id);

-- Threads of any depth, read whole in one statement: every post keeps its thread's root and a
-- path (the ids from the root down, each 36 characters, '/' between) that sorts in thread order.
CREATE TABLE discussion_posts (
    id                 uuid        PRIMARY KEY,
    course_id          uuid        NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    lesson_id          uuid        REFERENCES lessons (id) ON DELETE SET NULL,
    -- null once the author is erased; the post stays so the thread keeps its shape
    author_id          uuid        REFERENCES learners (id) ON DELETE SET NULL,
    root_id            uuid        NOT NULL REFERENCES discussion_posts (id) ON DELETE CASCADE,
    parent_id          uuid        REFERENCES discussion_posts (id) ON DELETE CASCADE,
    path               text        COLLATE "C" NOT NULL,
    depth              integer     NOT NULL CONSTRAINT discussion_posts_depth_check CHECK (depth >= 0),
    title              text,
    body               text        NOT NULL,
    is_question        boolean     NOT NULL,
    accepted_answer_id uuid        REFERENCES discussion_posts (id) ON DELETE SET NULL,
    vote_count         integer     NOT NULL,
    reply_count        integer     NOT NULL CONSTRAINT discussion_posts_reply_count_check CHECK (reply_count >= 0),
    version            bigint      NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    deleted_at         timestamptz
);
CREATE INDEX discussion_posts_threads_idx ON discussion_posts (course_id, created_at, id) WHERE parent_id IS NULL;
CREATE INDEX discussion_posts_threads_by_votes_idx ON discussion_posts (course_id, vote_count, id) WHERE parent_id IS NULL;
CREATE INDEX discussion_posts_thread_idx ON discussion_posts (root_id, path);
CREATE INDEX discussion_posts_author_idx ON discussion_posts (author_id);
CREATE INDEX discussion_posts_lesson_idx ON discussion_posts (lesson_id);
CREATE INDEX discussion_posts_parent_idx ON discussion_posts (parent_id);
CREATE INDEX discussion_posts_accepted_idx ON discussion_posts (accepted_answer_id);

-- One vote per voter and post; discussion_posts.vote_count is always the sum of the values.
CREATE TABLE post_votes (
    post_id  uuid        NOT NULL REFERENCES discussion_posts (id) ON DELETE CASCADE,
    voter_id uuid        NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    value    integer     NOT NULL CONSTRAINT post_votes_value_check CHECK (value IN (-1, 1)),
    voted_at timestamptz NOT NULL,
    PRIMARY KEY (post_id, voter_id)
);
CREATE INDEX post_votes_voter_idx ON post_votes (voter_id);

CREATE TABLE projects (
    id             uuid        PRIMARY KEY,
    learner_id     uuid        NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    course_id      uuid        NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    title          text        NOT NULL,
    description    text,
    kind           text        NOT NULL,
    -- seed 003's components and performance tests: text checked as JSON objects, read back as written
    artifact       text        NOT NULL CONSTRAINT projects_artifact_check CHECK (jsonb_typeof(artifact::jsonb) = 'object'),
    metrics        text        NOT NULL CONSTRAINT projects_metrics_check CHECK (jsonb_typeof(metrics::jsonb) = 'object'),
    public         boolean     NOT NULL,
    featured       boolean     NOT NULL,
    external_token text,
    view_count     bigint      NOT NULL CONSTRAINT projects_view_count_check CHECK (view_count >= 0),
    like_count     integer     NOT NULL CONSTRAINT projects_like_count_check CHECK (like_count >= 0),
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT projects_external_token_key UNIQUE (external_token)
);
CREATE INDEX projects_gallery_idx ON projects (created_at, id) WHERE public;
CREATE INDEX projects_featured_idx ON projects (featured, created_at, id) WHERE public;
CREATE INDEX projects_learner_idx ON projects (learner_id, created_at, id);
CREATE INDEX projects_course_idx ON projects (course_id);

-- One like per learner and project; projects.like_count is always the number of rows.
CREATE TABLE project_likes (
    project_id uuid        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    learner_id uuid        NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    liked_at   timestamptz NOT NULL,
    PRIMARY KEY (project_id, learner_id)
);
CREATE INDEX project_likes_learner_idx ON project_likes (learner_id);

package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.AssessmentRows.ASSESSMENT_COLUMNS;
import static org.learningstore.sqlite.internal.AssessmentRows.OVERRIDE_COLUMNS;
import static org.learningstore.sqlite.internal.AssessmentRows.QUESTION_COLUMNS;
import static org.learningstore.sqlite.internal.AssessmentRows.STATS_COLUMNS;
import static org.learningstore.sqlite.internal.SqliteLearnerSessions.IDS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.StoredShapes;

final class SqliteAssessmentDefinitions implements AssessmentDefinitions {
    static final String FIND = "SELECT " + ASSESSMENT_COLUMNS + " FROM assessments a WHERE a.id = ?";
    private static final String LIST_BY_COURSE = "SELECT " + ASSESSMENT_COLUMNS
            + " FROM assessments a WHERE a.course_id = ? ORDER BY a.created_at, a.id";
    private static final String INSERT = """
            INSERT INTO assessments (id, course_id, lesson_id, kind, title, description, passing_score, max_attempts, \
            time_limit_ms, randomize_questions, show_answers, partial_credit, version, created_at, updated_at) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE assessments SET kind = ?, title = ?, description = ?, passing_score = ?, max_attempts = ?, \
            time_limit_ms = ?, randomize_questions = ?, show_answers = ?, partial_credit = ?, version = ?, updated_at = ? \
            WHERE id = ? AND version = ?""";

    private static final String FIND_QUESTION = "SELECT " + QUESTION_COLUMNS + " FROM questions q WHERE q.id = ?";
    static final String QUESTIONS =
            "SELECT " + QUESTION_COLUMNS + " FROM questions q WHERE q.assessment_id = ? ORDER BY q.position";
    private static final String INSERT_QUESTION = """
            INSERT INTO questions (id, assessment_id, position, kind, prompt, options, answer_key, explanation, points, \
            difficulty, skill_id, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_STATS =
            "INSERT INTO question_stats (question_id, times_answered, times_correct, total_time_ms) VALUES (?, 0, 0, 0)";
    private static final String UPDATE_QUESTION = """
            UPDATE questions SET kind = ?, prompt = ?, options = ?, answer_key = ?, explanation = ?, points = ?, \
            difficulty = ?, skill_id = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?""";
    /**
     * A question's answers, deleted before it (answers have no foreign key to questions, so that a
     * question index does not cost every answer one more b-tree entry): by key, for the attempts
     * of its assessment (their unique key).
     */
    private static final String DELETE_ANSWERS_OF_QUESTION = """
            DELETE FROM answers WHERE question_id = ? AND attempt_id IN (\
            SELECT t.id FROM questions q JOIN attempts t ON t.assessment_id = q.assessment_id WHERE q.id = ?)""";
    /** Its statistics row and practice answers go by cascade; its study state rows and answers just before. */
    private static final String DELETE_QUESTION = "DELETE FROM questions WHERE id = ?";

    private static final String STATS = "SELECT " + STATS_COLUMNS + " FROM question_stats s WHERE s.question_id = ?";
    static final String FIND_OVERRIDE = "SELECT " + OVERRIDE_COLUMNS
            + " FROM attempt_overrides o WHERE o.assessment_id = ? AND o.learner_id = ?";
    private static final String SAVE_OVERRIDE = """
            INSERT INTO attempt_overrides (assessment_id, learner_id, extra_attempts, extra_time_ms) VALUES (?, ?, ?, ?) \
            ON CONFLICT (assessment_id, learner_id) \
            DO UPDATE SET extra_attempts = excluded.extra_attempts, extra_time_ms = excluded.extra_time_ms""";
    private static final String OVERRIDES_OF = "SELECT " + OVERRIDE_COLUMNS
            + " FROM attempt_overrides o WHERE o.learner_id IN " + IDS + " ORDER BY o.learner_id, o.assessment_id";
    private static final String DELETE_OVERRIDES =
            "DELETE FROM attempt_overrides WHERE learner_id = ? AND assessment_id IN " + IDS;
    private static final String MOVE_OVERRIDES =
            "UPDATE attempt_overrides SET learner_id = ? WHERE learner_id = ? AND assessment_id IN " + IDS;

    private final SqlExecutor executor;

    private final AssessmentRows rows;
    private final JsonCodec json;

    SqliteAssessmentDefinitions(SqlExecutor executor, AssessmentRows rows, JsonCodec json) {
        this.executor = executor;
        this.rows = rows;
        this.json = json;
    }

    @Override
    public Optional<Assessment> find(UUID id) {
        return executor.queryOne(Sql.of(FIND, id), rows::assessment);
    }

    @Override
    public List<Assessment> listByCourse(UUID courseId) {
        return executor.query(Sql.of(LIST_BY_COURSE, courseId), rows::assessment);
    }

    @Override
    public void insert(Assessment assessment) {
        executor.update(inserted(assessment));
    }

    @Override
    public void insertAll(List<Assessment> assessments) {
        MultiRowInsert.of(assessments.stream().map(SqliteAssessmentDefinitions::inserted).toList()).forEach(executor::update);
    }

    private static Sql inserted(Assessment assessment) {
        AssessmentDetails details = assessment.details();
        return Sql.of(INSERT, assessment.id(), assessment.courseId(), assessment.lessonId(), details.kind().code(),
                details.title(), details.description(), details.passingScore(), details.maxAttempts(), details.timeLimit(),
                details.randomizeQuestions(), details.showAnswers().code(), details.partialCredit(), assessment.version(),
                assessment.createdAt(), assessment.updatedAt());
    }

    @Override
    public void update(Assessment assessment, long expectedVersion) {
        AssessmentDetails details = assessment.details();
        executor.update(Sql.of(UPDATE, details.kind().code(), details.title(), details.description(),
                details.passingScore(), details.maxAttempts(), details.timeLimit(), details.randomizeQuestions(),
                details.showAnswers().code(), details.partialCredit(), assessment.version(), assessment.updatedAt(),
                assessment.id(), expectedVersion), Guard.oneRow("assessment", assessment.id()));
    }

    @Override
    public Optional<Question> findQuestion(UUID id) {
        return executor.queryOne(Sql.of(FIND_QUESTION, id), rows::question);
    }

    @Override
    public List<Question> questions(UUID assessmentId) {
        return executor.query(Sql.of(QUESTIONS, assessmentId), rows::question);
    }

    @Override
    public void insertQuestion(Question question) {
        insertQuestions(List.of(question));
    }

    @Override
    public void insertQuestions(List<Question> questions) {
        MultiRowInsert.of(questions.stream().map(this::inserted).toList()).forEach(executor::update);
        MultiRowInsert.of(questions.stream().map(question -> Sql.of(INSERT_STATS, question.id())).toList())
                .forEach(executor::update);
    }

    private Sql inserted(Question question) {
        QuestionDetails details = question.details();
        return Sql.of(INSERT_QUESTION, question.id(), question.assessmentId(), question.position(), details.kind().code(),
                details.prompt(), rows.options(details.options()), rows.answerKey(details.answerKey()), details.explanation(),
                details.points(), details.difficulty(), details.skillId(), question.version(), question.createdAt(),
                question.updatedAt());
    }

    @Override
    public void updateQuestion(Question question, long expectedVersion) {
        QuestionDetails details = question.details();
        executor.update(Sql.of(UPDATE_QUESTION, details.kind().code(), details.prompt(), rows.options(details.options()),
                rows.answerKey(details.answerKey()), details.explanation(), details.points(), details.difficulty(),
                details.skillId(), question.version(), question.updatedAt(), question.id(), expectedVersion),
                Guard.oneRow("question", question.id()));
    }

    @Override
    public void deleteQuestion(UUID id) {
        executor.update(Sql.of(SqliteStudyState.FORGET_QUESTION, id, id, id));
        executor.update(Sql.of(DELETE_ANSWERS_OF_QUESTION, id, id));
        executor.update(Sql.of(DELETE_QUESTION, id), Guard.oneRow("question", id));
    }

    /** Two statements whatever the number of questions (see {@link Repositioning}). */
    @Override
    public void repositionQuestions(UUID assessmentId, List<UUID> orderedIds) {
        Repositioning.QUESTIONS.apply(executor, json, assessmentId, orderedIds);
    }

    @Override
    public Optional<QuestionStats> stats(UUID questionId) {
        return executor.queryOne(Sql.of(STATS, questionId), rows::stats);
    }

    @Override
    public Optional<AttemptOverride> findOverride(UUID assessmentId, UUID learnerId) {
        return executor.queryOne(Sql.of(FIND_OVERRIDE, assessmentId, learnerId), rows::override);
    }

    @Override
    public void saveOverride(AttemptOverride override) {
        executor.update(Sql.of(SAVE_OVERRIDE, override.assessmentId(), override.learnerId(), override.extraAttempts(),
                override.extraTime()));
    }

    @Override
    public List<AttemptOverride> overridesOf(List<UUID> learnerIds) {
        return executor.query(Sql.of(OVERRIDES_OF, ids(learnerIds)), rows::override);
    }

    @Override
    public void deleteOverrides(UUID learnerId, List<UUID> assessmentIds) {
        executor.update(Sql.of(DELETE_OVERRIDES, learnerId, ids(assessmentIds)), Guard.changes(assessmentIds.size(),
                () -> Guard.concurrentChange("the overrides of learner " + learnerId)));
    }

    @Override
    public void moveOverrides(UUID fromLearnerId, List<UUID> assessmentIds, UUID toLearnerId) {
        executor.update(Sql.of(MOVE_OVERRIDES, toLearnerId, fromLearnerId, ids(assessmentIds)),
                Guard.changes(assessmentIds.size(), () -> Guard.concurrentChange("the overrides of learner " + fromLearnerId)));
    }

    private String ids(List<UUID> ids) {
        return json.print(StoredShapes.idsTree(ids));
    }
}

package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.AssessmentRows.ANSWER_COLUMNS;
import static org.learningstore.sqlite.internal.AssessmentRows.ASSESSMENT_COLUMNS;
import static org.learningstore.sqlite.internal.AssessmentRows.ATTEMPT_COLUMNS;
import static org.learningstore.sqlite.internal.AssessmentRows.OVERRIDE_COLUMNS;
import static org.learningstore.sqlite.internal.AssessmentRows.QUESTION_COLUMNS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.progress.SkillMastery;

/**
 * Attempts and answers. Each context read is a fixed number of statements sent together (one
 * round trip on Turso, one snapshot on the file): three for the attempt and submission contexts,
 * four for the start and grading contexts, whatever the size of the assessment, the course or the
 * learner's history; rows of one key from several tables come joined in one statement, each
 * table's columns {@link Row#labelled}. Submitting writes at most four statements of its own, none
 * of which reads first: the attempt guarded on its version, every graded answer from one JSON
 * argument, every question's statistics incremented in SQL from another, and the learner's study
 * state of the graded questions ({@link SqliteStudyState}); an attempt taken and graded in one call
 * is inserted graded, with its graded answers and the study state, in three.
 */
final class SqliteAttempts implements Attempts {
    // start context: the assessment and the learner's override (as the definitions find them), the
    // assessment's question ids, the learner's attempts at it
    private static final String START_QUESTION_IDS =
            "SELECT q.id FROM questions q WHERE q.assessment_id = ? ORDER BY q.position";
    /** Searches the unique index of (assessment_id, learner_id, number), which also gives the order. */
    private static final String LEARNER_ATTEMPTS = "SELECT " + ATTEMPT_COLUMNS
            + " FROM attempts t WHERE t.assessment_id = ? AND t.learner_id = ? ORDER BY t.number";

    // attempt context: the attempt (first: every change to an attempt moves its version) with its
    // assessment, the assessment's current questions, the attempt's answers
    /** The attempt {@code t}, whether its learner has passed its assessment, and its assessment {@code a} (labelled). */
    private static final String ATTEMPT_SELECT = "SELECT " + ATTEMPT_COLUMNS + """
            , EXISTS (SELECT 1 FROM attempts d WHERE d.assessment_id = t.assessment_id \
            AND d.learner_id = t.learner_id AND d.passed = 1) AS learner_has_passed, \
            """ + Row.labelled(ASSESSMENT_COLUMNS);
    private static final String ATTEMPT_AND_ASSESSMENT = " FROM attempts t JOIN assessments a ON a.id = t.assessment_id";
    private static final String ATTEMPT = ATTEMPT_SELECT + ATTEMPT_AND_ASSESSMENT + " WHERE t.id = ?";
    private static final String ATTEMPT_QUESTIONS = "SELECT " + QUESTION_COLUMNS
            + " FROM attempts t JOIN questions q ON q.assessment_id = t.assessment_id WHERE t.id = ? ORDER BY q.position";
    private static final String ATTEMPT_ANSWERS =
            "SELECT " + ANSWER_COLUMNS + " FROM answers n WHERE n.attempt_id = ? ORDER BY n.question_id";

    // grading context in four statements: the attempt context's attempt with whether its learner is a
    // live learner, the learner's progress on the assessment's lesson and enrollment in its course
    // (each one row by key); the assessment's questions, each with the learner's mastery of its
    // skill; the attempt's answers; the course's published lessons, each with whether the learner
    // completed it (by the primary key of lesson_progress)
    private static final String GRADED_ATTEMPT = ATTEMPT_SELECT + """
            , EXISTS (SELECT 1 FROM learners l WHERE l.id = t.learner_id AND l.deleted_at IS NULL) AS learner_known, \
            """ + Row.labelled(ProgressRows.LESSON_PROGRESS_COLUMNS) + ", " + Row.labelled(ProgressRows.ENROLLMENT_COLUMNS)
            + ATTEMPT_AND_ASSESSMENT + """
             LEFT JOIN lesson_progress p ON p.learner_id = t.learner_id AND p.lesson_id = a.lesson_id \
            LEFT JOIN enrollments e ON e.learner_id = t.learner_id AND e.course_id = a.course_id \
            WHERE t.id = ?""";
    private static final String GRADED_QUESTIONS = "SELECT " + QUESTION_COLUMNS + ", "
            + Row.labelled(ProgressRows.MASTERY_COLUMNS) + """
             FROM attempts t JOIN questions q ON q.assessment_id = t.assessment_id \
            LEFT JOIN skill_mastery m ON m.learner_id = t.learner_id AND m.skill_id = q.skill_id \
            WHERE t.id = ? ORDER BY q.position""";
    private static final String GRADED_PUBLISHED_LESSONS = SqliteEnrollments.publishedLessonsCompletedBy(
            "(SELECT a.course_id FROM attempts t JOIN assessments a ON a.id = t.assessment_id WHERE t.id = ?)",
            "(SELECT t.learner_id FROM attempts t WHERE t.id = ?)");

    // submission context in three statements: the assessment with the learner's override, progress on
    // its lesson and enrollment in its course (each one row by key), whether the learner is live, how
    // many attempts the learner has at it (counted in the attempts' unique index, no row read) and
    // whether one passed (the same index range), and the attempt in progress
    // (attempts_in_progress_idx) with its answers, one row per answer; the questions, each with the learner's mastery of its skill; the
    // course's published lessons, each with whether the learner completed it
    private static final String SUBMISSION_ASSESSMENT = "SELECT " + ASSESSMENT_COLUMNS + ", "
            + Row.labelled(OVERRIDE_COLUMNS) + ", " + Row.labelled(ProgressRows.LESSON_PROGRESS_COLUMNS) + ", "
            + Row.labelled(ProgressRows.ENROLLMENT_COLUMNS) + ", " + Row.labelled(ATTEMPT_COLUMNS) + ", "
            + Row.labelled(ANSWER_COLUMNS) + """
            , EXISTS (SELECT 1 FROM learners l WHERE l.id = ? AND l.deleted_at IS NULL) AS learner_known, \
            (SELECT count(*) FROM attempts c WHERE c.assessment_id = a.id AND c.learner_id = ?) AS attempt_count, \
            EXISTS (SELECT 1 FROM attempts d WHERE d.assessment_id = a.id AND d.learner_id = ? AND d.passed = 1) AS passed_once \
            FROM assessments a \
            LEFT JOIN attempt_overrides o ON o.assessment_id = a.id AND o.learner_id = ? \
            LEFT JOIN lesson_progress p ON p.learner_id = ? AND p.lesson_id = a.lesson_id \
            LEFT JOIN enrollments e ON e.learner_id = ? AND e.course_id = a.course_id \
            LEFT JOIN attempts t ON t.assessment_id = a.id AND t.learner_id = ? AND t.status = 'in_progress' \
            LEFT JOIN answers n ON n.attempt_id = t.id \
            WHERE a.id = ? ORDER BY n.question_id""";
    private static final String SUBMISSION_QUESTIONS = "SELECT " + QUESTION_COLUMNS + ", "
            + Row.labelled(ProgressRows.MASTERY_COLUMNS) + """
             FROM questions q LEFT JOIN skill_mastery m ON m.learner_id = ? AND m.skill_id = q.skill_id \
            WHERE q.assessment_id = ? ORDER BY q.position""";
    private static final String SUBMISSION_PUBLISHED_LESSONS = SqliteEnrollments.publishedLessonsCompletedBy(
            "(SELECT a.course_id FROM assessments a WHERE a.id = ?)", "?");

    /** The in-progress partial index holds exactly these rows, in deadline order. */
    private static final String OVERDUE = """
            SELECT t.id FROM attempts t WHERE t.status = 'in_progress' AND t.deadline < ? \
            ORDER BY t.deadline LIMIT ?""";

    private static final String INSERT = """
            INSERT INTO attempts (id, assessment_id, learner_id, number, status, started_at, deadline, submitted_at, \
            score, max_score, percent, passed, previous_score, question_order, graded_against, version, metadata, feedback) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SAVE_ANNOTATIONS =
            "UPDATE attempts SET metadata = ?, feedback = ?, version = ? WHERE id = ? AND version = ?";
    private static final String SAVE_ANSWER_FEEDBACK =
            "UPDATE answers SET feedback = ? WHERE attempt_id = ? AND question_id = ?";
    private static final String INSERT_ANSWER = """
            INSERT INTO answers (attempt_id, question_id, response, correct, points, answered_at, time_spent_ms, feedback) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String TOUCH = """
            UPDATE attempts SET version = version + 1 \
            WHERE id = ? AND version = ? AND status = 'in_progress'""";
    private static final String SAVE_ANSWER = """
            INSERT INTO answers (attempt_id, question_id, response, correct, points, answered_at, time_spent_ms) \
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO UPDATE SET \
            response = excluded.response, correct = excluded.correct, points = excluded.points, \
            answered_at = excluded.answered_at, time_spent_ms = excluded.time_spent_ms""";
    /** Every answer from one array of {attemptId, questionId, response, answeredAt, timeMs}; ungraded. */
    private static final String SAVE_ANSWERS = """
            INSERT INTO answers (attempt_id, question_id, response, correct, points, answered_at, time_spent_ms) \
            SELECT g.value ->> 'attemptId', g.value ->> 'questionId', g.value ->> 'response', NULL, NULL, \
            g.value ->> 'answeredAt', g.value ->> 'timeMs' FROM json_each(?) AS g WHERE true \
            ON CONFLICT (attempt_id, question_id) DO UPDATE SET \
            response = excluded.response, correct = excluded.correct, points = excluded.points, \
            answered_at = excluded.answered_at, time_spent_ms = excluded.time_spent_ms""";
    private static final String SAVE = """
            UPDATE attempts SET status = ?, started_at = ?, deadline = ?, submitted_at = ?, score = ?, max_score = ?, \
            percent = ?, passed = ?, previous_score = ?, graded_against = ?, version = ? \
            WHERE id = ? AND version = ?""";
    /** Every graded answer of the attempt from one array of {questionId, correct (0/1), points}. */
    private static final String GRADE_ANSWERS = """
            UPDATE answers SET correct = g.value ->> 'correct', points = g.value ->> 'points' \
            FROM json_each(?) AS g \
            WHERE answers.attempt_id = ? AND answers.question_id = g.value ->> 'questionId'""";
    /** Every question's counters from one array of {questionId, answered, correct, timeMs}, added in SQL. */
    private static final String ADD_TO_STATS = """
            UPDATE question_stats SET times_answered = times_answered + (g.value ->> 'answered'), \
            times_correct = times_correct + (g.value ->> 'correct'), \
            total_time_ms = total_time_ms + (g.value ->> 'timeMs') \
            FROM json_each(?) AS g WHERE question_stats.question_id = g.value ->> 'questionId'""";

    private static final String OF_LEARNERS = "SELECT " + ATTEMPT_COLUMNS
            + " FROM attempts t WHERE t.learner_id IN " + SqliteLearnerSessions.IDS
            + " ORDER BY t.assessment_id, t.learner_id, t.number";
    /**
     * Every attempt from one array of {id, learnerId, number, status, submittedAt, version}, each
     * guarded on the version before. SQLite checks unique keys row by row, so the caller's new
     * keys must not meet a stored row's (a merge numbers after the receiving learner's attempts).
     */
    private static final String MOVE = """
            UPDATE attempts SET learner_id = g.value ->> 'learnerId', number = g.value ->> 'number', \
            status = g.value ->> 'status', submitted_at = g.value ->> 'submittedAt', version = g.value ->> 'version' \
            FROM json_each(?) AS g \
            WHERE attempts.id = g.value ->> 'id' AND attempts.version = (g.value ->> 'version') - 1""";

    private final SqlExecutor executor;
    private final AssessmentRows rows;
    private final ProgressRows progressRows;
    private final SqliteStudyState studyState;

    SqliteAttempts(SqlExecutor executor, AssessmentRows rows, ProgressRows progressRows) {
        this.executor = executor;
        this.rows = rows;
        this.progressRows = progressRows;
        this.studyState = new SqliteStudyState(executor, rows);
    }

    @Override
    public StartContext startContext(UUID assessmentId, UUID learnerId) {
        List<List<Row>> results = executor.queryAll(List.of(
                Sql.of(SqliteAssessmentDefinitions.FIND, assessmentId),
                Sql.of(START_QUESTION_IDS, assessmentId),
                Sql.of(LEARNER_ATTEMPTS, assessmentId, learnerId),
                Sql.of(SqliteAssessmentDefinitions.FIND_OVERRIDE, assessmentId, learnerId)));
        return new StartContext(
                results.get(0).stream().findFirst().map(rows::assessment),
                results.get(1).stream().map(row -> row.uuid("id")).toList(),
                AttemptsSoFar.of(results.get(2).stream().map(rows::attempt).toList()),
                results.get(3).stream().findFirst().map(rows::override));
    }

    /** Three reads in one {@link SqlExecutor#queryAll}. */
    @Override
    public Optional<AttemptContext> context(UUID attemptId) {
        List<List<Row>> results = executor.queryAll(List.of(Sql.of(ATTEMPT, attemptId), Sql.of(ATTEMPT_QUESTIONS, attemptId),
                Sql.of(ATTEMPT_ANSWERS, attemptId)));
        return results.get(0).stream().findFirst().map(head -> attemptContext(head,
                results.get(1).stream().map(rows::question).toList(), results.get(2)));
    }

    /** Four reads in one {@link SqlExecutor#queryAll}, whatever the size of the assessment, the course or the history. */
    @Override
    public Optional<GradingContext> gradingContext(UUID attemptId) {
        List<List<Row>> results = executor.queryAll(List.of(Sql.of(GRADED_ATTEMPT, attemptId), Sql.of(GRADED_QUESTIONS, attemptId),
                Sql.of(ATTEMPT_ANSWERS, attemptId), Sql.of(GRADED_PUBLISHED_LESSONS, attemptId, attemptId)));
        if (results.get(0).isEmpty()) {
            return Optional.empty();
        }
        Row head = results.get(0).get(0);
        QuestionsAndMasteries questions = questionsAndMasteries(results.get(1));
        return Optional.of(new GradingContext(attemptContext(head, questions.questions(), results.get(2)),
                progress(Optional.of(head), results.get(3), questions.masteries())));
    }

    /** Three reads in one {@link SqlExecutor#queryAll}, whatever the size of the assessment, the course or the history. */
    @Override
    public SubmissionContext submissionContext(UUID assessmentId, UUID learnerId) {
        List<List<Row>> results = executor.queryAll(List.of(
                Sql.of(SUBMISSION_ASSESSMENT, learnerId, learnerId, learnerId, learnerId, learnerId, learnerId, learnerId,
                        assessmentId),
                Sql.of(SUBMISSION_QUESTIONS, learnerId, assessmentId),
                Sql.of(SUBMISSION_PUBLISHED_LESSONS, learnerId, assessmentId)));
        Optional<Row> head = results.get(0).stream().findFirst();
        QuestionsAndMasteries questions = questionsAndMasteries(results.get(1));
        Optional<Attempt> open = head.map(row -> row.of("t")).filter(t -> !t.isNull("id")).map(rows::attempt);
        List<Answer> openAnswers = new ArrayList<>();
        for (Row row : results.get(0)) {
            Row answer = row.of("n");
            if (!answer.isNull("attempt_id")) {
                openAnswers.add(rows.answer(answer));
            }
        }
        var attempts = new AttemptsSoFar(head.map(row -> row.int32("attempt_count")).orElse(0),
                head.map(row -> row.flag("passed_once")).orElse(false), open);
        return new SubmissionContext(head.map(rows::assessment), questions.questions(),
                head.map(row -> row.of("o")).filter(o -> !o.isNull("assessment_id")).map(rows::override), attempts,
                List.copyOf(openAnswers), progress(head, results.get(2), questions.masteries()));
    }

    /** An assessment's questions in order, and the learner's masteries of their skills by skill id, each once. */
    private record QuestionsAndMasteries(List<Question> questions, List<SkillMastery> masteries) {
    }

    /** From rows of {@link #QUESTION_COLUMNS} each with the {@link Row#labelled} columns of its skill's mastery ({@code m}). */
    private QuestionsAndMasteries questionsAndMasteries(List<Row> result) {
        List<Question> questions = new ArrayList<>(result.size());
        Map<String, SkillMastery> masteries = new TreeMap<>();
        for (Row row : result) {
            questions.add(rows.question(row));
            Row mastery = row.of("m");
            if (!mastery.isNull("skill_id")) {
                masteries.putIfAbsent(mastery.text("skill_id"), progressRows.mastery(mastery));
            }
        }
        return new QuestionsAndMasteries(List.copyOf(questions), List.copyOf(masteries.values()));
    }

    /**
     * The progress context from a row with whether the learner is live ({@code learner_known}) and the
     * {@link Row#labelled} columns of the lesson progress ({@code p}) and the enrollment ({@code e}),
     * none when there is no such row; and a {@link SqliteEnrollments#publishedLessonsCompletedBy} result.
     */
    private ProgressContext progress(Optional<Row> head, List<Row> published, List<SkillMastery> masteries) {
        return new ProgressContext(
                head.map(row -> row.flag("learner_known")).orElse(false),
                head.map(row -> row.of("p")).filter(p -> !p.isNull("learner_id")).map(progressRows::lessonProgress),
                head.map(row -> row.of("e")).filter(e -> !e.isNull("id")).map(progressRows::enrollment),
                SqliteEnrollments.lessonIds(published),
                SqliteEnrollments.completedLessonIds(published),
                masteries);
    }

    /** The attempt context from a row of {@link #ATTEMPT_SELECT}, the assessment's questions and the attempt's answers. */
    private AttemptContext attemptContext(Row head, List<Question> questions, List<Row> answers) {
        return new AttemptContext(rows.attempt(head), rows.assessment(head.of("a")), questions,
                answers.stream().map(rows::answer).toList(), rows.gradedAgainst(head), head.flag("learner_has_passed"));
    }

    @Override
    public List<Attempt> list(UUID assessmentId, UUID learnerId) {
        return executor.query(Sql.of(LEARNER_ATTEMPTS, assessmentId, learnerId), rows::attempt);
    }

    @Override
    public List<UUID> overdue(Instant now, int limit) {
        return executor.query(Sql.of(OVERDUE, now, limit), row -> row.uuid("id"));
    }

    @Override
    public void insert(Attempt attempt) {
        insert(attempt, null);
    }

    private void insert(Attempt attempt, String gradedAgainst) {
        executor.update(inserted(attempt, gradedAgainst));
    }

    private Sql inserted(Attempt attempt, String gradedAgainst) {
        return Sql.of(INSERT, attempt.id(), attempt.assessmentId(), attempt.learnerId(), attempt.number(),
                attempt.status().code(), attempt.startedAt(), attempt.deadline(), attempt.submittedAt(), attempt.score(),
                attempt.maxScore(), attempt.percent(), attempt.passed(), attempt.previousScore(),
                rows.questionOrder(attempt.questionOrder()), gradedAgainst, attempt.version(), attempt.metadata(),
                attempt.feedback());
    }

    /** Three statements whatever the number of answers: the graded attempt, its graded answers, the study state. */
    @Override
    public void insertGraded(Attempt started, List<Answer> answers, Attempt graded, List<GradedQuestion> gradedAgainst,
                             List<Scorer.QuestionResult> results) {
        insert(graded, rows.gradedAgainst(gradedAgainst));
        if (answers.isEmpty()) {
            return;
        }
        Map<UUID, Scorer.QuestionResult> byQuestion = new HashMap<>();
        results.forEach(result -> byQuestion.put(result.questionId(), result));
        List<Answer> gradedAnswers = new ArrayList<>(answers.size());
        for (Answer answer : answers) {
            Scorer.QuestionResult result = byQuestion.get(answer.questionId());
            gradedAnswers.add(result == null ? answer : new Answer(answer.attemptId(), answer.questionId(), answer.response(),
                    result.correct(), result.points(), answer.answeredAt(), answer.timeSpent(), answer.feedback()));
        }
        MultiRowInsert.of(gradedAnswers.stream().map(this::inserted).toList()).forEach(executor::update);
        studyState.addGraded(graded, gradedAnswers);
    }

    @Override
    public void saveAnnotations(Attempt attempt, long expectedVersion) {
        executor.update(Sql.of(SAVE_ANNOTATIONS, attempt.metadata(), attempt.feedback(), attempt.version(), attempt.id(),
                expectedVersion), Guard.oneRow("attempt", attempt.id()));
    }

    @Override
    public void saveAnswerFeedback(UUID attemptId, UUID questionId, String feedback) {
        executor.update(Sql.of(SAVE_ANSWER_FEEDBACK, feedback, attemptId, questionId));
    }

    /**
     * One statement per {@link MultiRowInsert} chunk of attempts, then of answers, then one for the
     * study state of every answer. The attempts of
     * one assessment are graded against the same questions: each distinct grading is printed once.
     */
    @Override
    public void insertAll(List<ImportedAttempt> imported) {
        List<Sql> attempts = new ArrayList<>(imported.size());
        List<Sql> answers = new ArrayList<>();
        Map<List<GradedQuestion>, String> gradings = new HashMap<>();
        for (ImportedAttempt one : imported) {
            attempts.add(inserted(one.attempt(), gradings.computeIfAbsent(one.gradedAgainst(), rows::gradedAgainst)));
            one.answers().forEach(answer -> answers.add(inserted(answer)));
        }
        MultiRowInsert.of(attempts).forEach(executor::update);
        MultiRowInsert.of(answers).forEach(executor::update);
        if (!answers.isEmpty()) {
            studyState.addAttempts(progressRows.ids(imported.stream().map(one -> one.attempt().id()).toList()));
        }
    }

    private Sql inserted(Answer n) {
        return Sql.of(INSERT_ANSWER, n.attemptId(), n.questionId(), rows.response(n.response()), n.correct(), n.points(),
                n.answeredAt(), n.timeSpent(), n.feedback());
    }

    @Override
    public void touch(UUID attemptId, long expectedVersion) {
        executor.update(Sql.of(TOUCH, attemptId, expectedVersion), Guard.oneRow("attempt", attemptId));
    }

    @Override
    public void saveAnswer(Answer answer) {
        executor.update(Sql.of(SAVE_ANSWER, answer.attemptId(), answer.questionId(), rows.response(answer.response()),
                answer.correct(), answer.points(), answer.answeredAt(), answer.timeSpent()));
    }

    /** One statement whatever the number of answers. */
    @Override
    public void saveAnswers(List<Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        List<Map<String, Object>> items = answers.stream()
                .map(answer -> Map.<String, Object>of("attemptId", answer.attemptId().toString(),
                        "questionId", answer.questionId().toString(), "response", rows.response(answer.response()),
                        "answeredAt", SqlValues.micros(answer.answeredAt()), "timeMs", SqlValues.millis(answer.timeSpent())))
                .toList();
        executor.update(Sql.of(SAVE_ANSWERS, rows.array(items)));
    }

    @Override
    public void save(Attempt attempt, long expectedVersion, List<GradedQuestion> gradedAgainst,
                     List<Scorer.QuestionResult> results) {
        executor.update(Sql.of(SAVE, attempt.status().code(), attempt.startedAt(), attempt.deadline(),
                attempt.submittedAt(), attempt.score(), attempt.maxScore(), attempt.percent(), attempt.passed(),
                attempt.previousScore(), rows.gradedAgainst(gradedAgainst), attempt.version(), attempt.id(),
                expectedVersion), Guard.oneRow("attempt", attempt.id()));
        if (results.isEmpty()) {
            return;
        }
        Map<UUID, Map<String, Object>> graded = new LinkedHashMap<>();
        for (Scorer.QuestionResult result : results) {
            graded.put(result.questionId(), Map.of("questionId", result.questionId().toString(),
                    "correct", result.correct() ? 1 : 0, "points", result.points()));
        }
        executor.update(Sql.of(GRADE_ANSWERS, rows.array(List.copyOf(graded.values())), attempt.id()));
        studyState.refresh(graded.keySet().stream().map(questionId -> new SqliteStudyState.Key(attempt.learnerId(), questionId)).toList());
    }

    @Override
    public void addToStats(List<StatsDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        List<Map<String, Object>> items = deltas.stream()
                .map(delta -> Map.<String, Object>of("questionId", delta.questionId().toString(),
                        "answered", delta.answered(), "correct", delta.correct(), "timeMs", SqlValues.millis(delta.time())))
                .toList();
        executor.update(Sql.of(ADD_TO_STATS, rows.array(items)));
    }

    @Override
    public List<Attempt> listByLearners(List<UUID> learnerIds) {
        return executor.query(Sql.of(OF_LEARNERS, progressRows.ids(learnerIds)), rows::attempt);
    }

    /** One statement whatever the number of attempts. */
    @Override
    public void move(List<Attempt> attempts) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Attempt attempt : attempts) {
            var item = new LinkedHashMap<String, Object>();
            item.put("id", attempt.id().toString());
            item.put("learnerId", attempt.learnerId().toString());
            item.put("number", attempt.number());
            item.put("status", attempt.status().code());
            item.put("submittedAt", attempt.submittedAt() == null ? null : SqlValues.micros(attempt.submittedAt()));
            item.put("version", attempt.version());
            items.add(item);
        }
        executor.update(Sql.of(MOVE, rows.array(items)), Guard.changes(attempts.size(),
                () -> Guard.concurrentChange("the attempts of learner " + attempts.get(0).learnerId())));
    }
}

package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.port.SkillMasteries;
import org.learningstore.core.port.StoredShapes;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.jpa.spi.AttemptGrading;

/**
 * Attempts and answers. Inside a write, the context reads first lock the row that serializes the
 * call (the assessment for a start, the attempt for everything after), each in a statement of its
 * own: the reads after it then see whatever the writer they waited for committed, so concurrent
 * starts, answers and submits queue instead of failing on a unique key or a version and running
 * out of retries. The grading context reads the learner's progress through the progress ports of
 * the same unit of work, as projections: the grading's writes to those rows are guarded UPDATEs on
 * the versions read, with no managed entity for a flush to compare.
 */
public final class JpaAttempts implements Attempts {
    private static final String IN_PROGRESS = AttemptStatus.IN_PROGRESS.code();

    private static final String ASSESSMENT = "SELECT " + AttemptRows.ASSESSMENT + " FROM assessments s WHERE s.id = ?";
    /** Starts of one assessment queue on it; inserts of attempts only take a key-share lock on it and pass. */
    private static final String ASSESSMENT_LOCKED = ASSESSMENT + " FOR NO KEY UPDATE";
    private static final String QUESTION_IDS = "SELECT q.id FROM questions q WHERE q.assessment_id = ? ORDER BY q.position";
    private static final String QUESTIONS = "SELECT " + AttemptRows.QUESTION
            + " FROM questions q WHERE q.assessment_id = ? ORDER BY q.position";
    /**
     * In a write the questions are held {@code FOR KEY SHARE}, as the answers' foreign key held them
     * before V12: a question's removal ({@link JpaAssessmentDefinitions#deleteQuestion}) waits for the
     * write that adds answers to it, or the write reads it gone.
     */
    private static final String QUESTIONS_HELD = QUESTIONS + " FOR KEY SHARE";
    private static final String ANSWERS = "SELECT " + AttemptRows.ANSWER
            + " FROM answers w WHERE w.attempt_id = ? ORDER BY w.question_id";

    /**
     * The count, whether one passed, whether the learner is live, the attempt in progress and the
     * override; parameters: the learner five times, then the assessment. The status is a literal,
     * so the planner can match {@code attempts_in_progress_idx}.
     */
    private static final String SO_FAR = "SELECT (SELECT count(*) FROM attempts p"
            + " WHERE p.assessment_id = s.id AND p.learner_id = ?),"
            + " EXISTS (SELECT 1 FROM attempts p WHERE p.assessment_id = s.id AND p.learner_id = ? AND p.passed),"
            + " EXISTS (SELECT 1 FROM learners l WHERE l.id = ? AND l.deleted_at IS NULL), "
            + AttemptRows.ATTEMPT + ", " + AttemptRows.OVERRIDE
            + " FROM assessments s"
            + " LEFT JOIN attempts t ON t.assessment_id = s.id AND t.learner_id = ? AND t.status = '" + IN_PROGRESS + "'"
            + " LEFT JOIN attempt_overrides o ON o.assessment_id = s.id AND o.learner_id = ?"
            + " WHERE s.id = ?";

    private static final String LOCK_ATTEMPT = "SELECT t.id FROM attempts t WHERE t.id = ? FOR NO KEY UPDATE";

    /** The attempt, what it was graded against, its assessment, whether the learner passed it. */
    private static final String HEAD_COLUMNS = "SELECT " + AttemptRows.ATTEMPT + ", CAST(t.graded_against AS text), "
            + AttemptRows.ASSESSMENT
            + ", EXISTS (SELECT 1 FROM attempts p WHERE p.assessment_id = t.assessment_id AND p.learner_id = t.learner_id"
            + " AND p.passed)";
    private static final String HEAD_FROM = " FROM attempts t JOIN assessments s ON s.id = t.assessment_id WHERE t.id = ?";
    private static final String HEAD = HEAD_COLUMNS + HEAD_FROM;
    /** {@link #HEAD} and whether the learner is live. */
    private static final String HEAD_WITH_LEARNER = HEAD_COLUMNS
            + ", EXISTS (SELECT 1 FROM learners l WHERE l.id = t.learner_id AND l.deleted_at IS NULL)" + HEAD_FROM;

    private static final String INSERT_ANSWER = "INSERT INTO answers (attempt_id, question_id, response, correct, points,"
            + " answered_at, time_spent_ms, feedback) VALUES (?1, ?2, CAST(?3 AS jsonb), CAST(?4 AS boolean),"
            + " CAST(?5 AS double precision), ?6, ?7, CAST(?8 AS text))";

    private static final String INSERT_ATTEMPT = "INSERT INTO attempts (id, assessment_id, learner_id, number, status,"
            + " started_at, deadline, submitted_at, score, max_score, percent, passed, previous_score, question_order,"
            + " graded_against, version, metadata, feedback)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?)";
    private static final String TOUCH = "UPDATE attempts SET version = version + 1"
            + " WHERE id = ? AND version = ? AND status = '" + IN_PROGRESS + "'";
    private static final String SAVE_ANSWER = "INSERT INTO answers (attempt_id, question_id, response, correct, points,"
            + " answered_at, time_spent_ms) VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?, ?)"
            + " ON CONFLICT (attempt_id, question_id) DO UPDATE SET"
            + " response = excluded.response, correct = excluded.correct, points = excluded.points,"
            + " answered_at = excluded.answered_at, time_spent_ms = excluded.time_spent_ms";
    private static final String SAVE_ANNOTATIONS = "UPDATE attempts SET metadata = ?, feedback = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";
    private static final String SAVE_ANSWER_FEEDBACK = "UPDATE answers SET feedback = ? WHERE attempt_id = ? AND question_id = ?";
    /**
     * The grade, guarded on the version; returns the status the attempt had (the self-join reads
     * the row as it was before the update).
     */
    private static final String SAVE = "UPDATE attempts t SET status = ?, deadline = ?, submitted_at = ?, score = ?,"
            + " max_score = ?, percent = ?, passed = ?, previous_score = ?, graded_against = CAST(? AS jsonb),"
            + " version = t.version + 1 FROM attempts b WHERE t.id = ? AND t.version = ? AND b.id = t.id RETURNING b.status";

    private static final ProgressContext UNKNOWN_LEARNER = new ProgressContext(false, Optional.empty(), Optional.empty(),
            List.of(), List.of(), List.of());

    private static final AttemptsSoFar NO_ATTEMPTS = new AttemptsSoFar(0, false, Optional.empty());

    private final CurrentEntityManager current;
    private final AttemptGrading grading;
    private final JpaLessonProgressRecords lessonProgress;
    private final SkillMasteries skillMasteries;
    private final JpaStudyState studyState;

    /** The progress ports must run on {@code current} too, so that they read in the same transaction. */
    public JpaAttempts(CurrentEntityManager current, AttemptGrading grading,
                       JpaLessonProgressRecords lessonProgress, JpaSkillMasteries skillMasteries) {
        this.current = current;
        this.grading = grading;
        this.lessonProgress = lessonProgress;
        this.skillMasteries = skillMasteries;
        this.studyState = new JpaStudyState(current);
    }

    /**
     * Three statements: the assessment (locked {@code FOR NO KEY UPDATE} in a write, so starts of
     * one assessment queue; inserts of attempts only take a key-share lock on it and pass), its
     * question ids, and the learner's attempts so far with the override ({@link #soFar}); the
     * earlier attempts themselves are not read.
     */
    @Override
    public StartContext startContext(UUID assessmentId, UUID learnerId) {
        EntityManager entityManager = current.get();
        Optional<Assessment> assessment = assessment(entityManager, assessmentId);
        if (assessment.isEmpty()) {
            return new StartContext(Optional.empty(), List.of(), NO_ATTEMPTS, Optional.empty());
        }
        List<UUID> questionIds = JdbcReads.query(entityManager, QUESTION_IDS, rows -> {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }, assessmentId);
        SoFar soFar = soFar(entityManager, assessmentId, learnerId);
        return new StartContext(assessment, questionIds, soFar.attempts(), soFar.override());
    }

    /**
     * Three statements to read (the attempt with its assessment and whether the learner passed it,
     * the questions, the answers); four in a write, which first locks the attempt
     * {@code FOR NO KEY UPDATE} on its own.
     */
    @Override
    public Optional<AttemptContext> context(UUID attemptId) {
        return read(attemptId, false).map(Read::context);
    }

    /**
     * The {@link #context} reads, whose head also tells whether the learner is live (a subquery
     * on the learner's key, no statement of its own); then, for a live learner, two statements
     * whatever the size of the assessment, course or history, each keyed on what the head read:
     * the learner's enrollment in the course, its published lessons and the learner's progress on
     * them and on the assessment's own lesson in one ({@link JpaLessonProgressRecords#standing}),
     * and the learner's mastery of the questions' skills ({@link JpaSkillMasteries#find}; none
     * when no question has a skill). An unknown or deleted learner takes neither.
     */
    @Override
    public Optional<GradingContext> gradingContext(UUID attemptId) {
        return read(attemptId, true).map(read -> new GradingContext(read.context(),
                read.learnerKnown() ? progress(read.context().attempt().learnerId(),
                        read.context().assessment(), read.context().questions()) : UNKNOWN_LEARNER));
    }

    /**
     * The assessment (locked in a write, in a statement of its own, as {@link #startContext});
     * then {@link #soFar}, one statement for the questions, the answers of the attempt in progress
     * (if there is one), and for a live learner the progress statements of {@link #gradingContext}.
     * The earlier attempts themselves are not read.
     */
    @Override
    public SubmissionContext submissionContext(UUID assessmentId, UUID learnerId) {
        EntityManager entityManager = current.get();
        Optional<Assessment> locked = assessment(entityManager, assessmentId);
        if (locked.isEmpty()) {
            return new SubmissionContext(Optional.empty(), List.of(), Optional.empty(), NO_ATTEMPTS, List.of(), UNKNOWN_LEARNER);
        }
        SoFar soFar = soFar(entityManager, assessmentId, learnerId);
        Optional<Attempt> open = soFar.attempts().open();
        List<Question> questions = questions(entityManager, assessmentId);
        List<Answer> openAnswers = open.map(attempt -> answers(entityManager, attempt.id())).orElse(List.of());
        return new SubmissionContext(locked, questions, soFar.override(), soFar.attempts(), openAnswers,
                soFar.learnerKnown() ? progress(learnerId, locked.get(), questions) : UNKNOWN_LEARNER);
    }

    /** The learner's attempts at an assessment so far, the override, and whether the learner is live. */
    private record SoFar(AttemptsSoFar attempts, Optional<AttemptOverride> override, boolean learnerKnown) {
    }

    /**
     * One statement on the assessment's key: the learner's attempts at it so far (their count,
     * whether one passed, and the one in progress), the learner's override and whether the
     * learner is live.
     */
    private static SoFar soFar(EntityManager entityManager, UUID assessmentId, UUID learnerId) {
        return JdbcReads.query(entityManager, SO_FAR, rows -> {
            rows.next();
            Optional<Attempt> open = Optional.ofNullable(rows.getObject(4, UUID.class) == null ? null
                    : AttemptRows.attempt(rows, 4));
            Optional<AttemptOverride> override = Optional.ofNullable(AttemptRows.override(rows, 4 + AttemptRows.ATTEMPT_COLUMNS));
            return new SoFar(new AttemptsSoFar(rows.getInt(1), rows.getBoolean(2), open), override, rows.getBoolean(3));
        }, learnerId, learnerId, learnerId, learnerId, learnerId, assessmentId);
    }

    /** The assessment, locked {@code FOR NO KEY UPDATE} in a write; empty if there is none. */
    private Optional<Assessment> assessment(EntityManager entityManager, UUID assessmentId) {
        return JdbcReads.query(entityManager, current.writes() ? ASSESSMENT_LOCKED : ASSESSMENT,
                rows -> rows.next() ? Optional.of(AttemptRows.assessment(rows, 1)) : Optional.empty(), assessmentId);
    }

    /** An attempt context and, when asked for, whether its learner is a live learner of the store. */
    private record Read(AttemptContext context, boolean learnerKnown) {
    }

    /** What the first statement of {@link #read} tells about the attempt. */
    private record Head(Attempt attempt, Assessment assessment, List<GradedQuestion> gradedAgainst, boolean learnerHasPassed,
                        boolean learnerKnown) {
    }

    private Optional<Read> read(UUID attemptId, boolean withLearner) {
        EntityManager entityManager = current.get();
        if (current.writes() && !JdbcReads.query(entityManager, LOCK_ATTEMPT, ResultSet::next, attemptId)) {
            return Optional.empty();
        }
        Optional<Head> head = JdbcReads.query(entityManager, withLearner ? HEAD_WITH_LEARNER : HEAD,
                rows -> rows.next() ? Optional.of(head(rows, withLearner)) : Optional.empty(), attemptId);
        return head.map(read -> new Read(new AttemptContext(read.attempt(), read.assessment(),
                questions(entityManager, read.attempt().assessmentId()), answers(entityManager, attemptId),
                read.gradedAgainst(), read.learnerHasPassed()), read.learnerKnown()));
    }

    private static Head head(ResultSet rows, boolean withLearner) throws SQLException {
        int flags = 2 + AttemptRows.ATTEMPT_COLUMNS + AttemptRows.ASSESSMENT_COLUMNS;
        return new Head(AttemptRows.attempt(rows, 1), AttemptRows.assessment(rows, 2 + AttemptRows.ATTEMPT_COLUMNS),
                AttemptMapping.gradedAgainst(rows.getString(1 + AttemptRows.ATTEMPT_COLUMNS)), rows.getBoolean(flags),
                withLearner && rows.getBoolean(flags + 1));
    }

    private List<Question> questions(EntityManager entityManager, UUID assessmentId) {
        return JdbcReads.query(entityManager, current.writes() ? QUESTIONS_HELD : QUESTIONS, rows -> {
            List<Question> questions = new ArrayList<>();
            while (rows.next()) {
                questions.add(AttemptRows.question(rows, 1));
            }
            return questions;
        }, assessmentId);
    }

    private static List<Answer> answers(EntityManager entityManager, UUID attemptId) {
        return JdbcReads.query(entityManager, ANSWERS, rows -> {
            List<Answer> answers = new ArrayList<>();
            while (rows.next()) {
                answers.add(AttemptRows.answer(rows, 1));
            }
            return answers;
        }, attemptId);
    }

    /** The live learner's progress that grading an attempt at the assessment moves. */
    private ProgressContext progress(UUID learnerId, Assessment assessment, List<Question> questions) {
        LessonProgressRecords.LessonContext lesson = lessonProgress.standing(learnerId, assessment.courseId(),
                assessment.lessonId());
        List<UUID> skillIds = questions.stream()
                .map(question -> question.details().skillId())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<SkillMastery> masteries = skillMasteries.find(learnerId, skillIds);
        return new ProgressContext(true, lesson.progress(), lesson.enrollment(), lesson.publishedLessons(),
                lesson.completedLessons(), masteries);
    }

    @Override
    public List<Attempt> list(UUID assessmentId, UUID learnerId) {
        return current.get().createQuery("select a from AttemptEntity a"
                        + " where a.assessmentId = :assessment and a.learnerId = :learner order by a.number", AttemptEntity.class)
                .setParameter("assessment", assessmentId)
                .setParameter("learner", learnerId)
                .getResultStream()
                .map(AttemptMapping::toRecord)
                .toList();
    }

    /** On {@code attempts_overdue_idx}: the status is a literal, so the planner can match the partial index. */
    @Override
    public List<UUID> overdue(Instant now, int limit) {
        return current.get().createQuery("select a.id from AttemptEntity a"
                        + " where a.status = '" + IN_PROGRESS + "' and a.deadline < :now order by a.deadline", UUID.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * One native statement; a duplicate number or a second attempt in progress fails on
     * {@code attempts_number_key} or {@code attempts_in_progress_idx}, which
     * {@link PersistenceErrors} reports as a concurrent change, and the start runs again.
     */
    @Override
    public void insert(Attempt attempt) {
        insertAttempt(current.get(), attempt, null);
    }

    /** The attempts, then their answers, each in batches ({@link BatchedInserts}), then the study state of every answer. */
    @Override
    public void insertAll(List<ImportedAttempt> attempts) {
        List<Object> entities = new ArrayList<>();
        List<Object> answers = new ArrayList<>();
        for (ImportedAttempt imported : attempts) {
            AttemptEntity entity = AttemptMapping.toEntity(imported.attempt());
            entity.gradedAgainst = AttemptMapping.gradedAgainstJson(imported.gradedAgainst());
            entities.add(entity);
            imported.answers().forEach(answer -> answers.add(AttemptMapping.toEntity(answer)));
        }
        BatchedInserts.persistAll(current.get(), entities);
        BatchedInserts.persistAll(current.get(), answers);
        if (!answers.isEmpty()) {
            studyState.addAttempts(attempts.stream().map(imported -> imported.attempt().id()).toList());
        }
    }

    /**
     * Three native statements whatever the number of answers: the graded attempt, its graded
     * answers in one multi-row INSERT ({@link BatchedInserts#insertAll}), the study state; nothing
     * is written twice, and nothing is left managed for the unit's flushes to walk.
     */
    @Override
    public void insertGraded(Attempt started, List<Answer> answers, Attempt graded, List<GradedQuestion> gradedAgainst,
                             List<Scorer.QuestionResult> results) {
        EntityManager entityManager = current.get();
        insertAttempt(entityManager, graded, AttemptMapping.gradedAgainstJson(gradedAgainst));
        if (answers.isEmpty()) {
            return;
        }
        Map<UUID, Scorer.QuestionResult> byQuestion = new HashMap<>();
        results.forEach(result -> byQuestion.put(result.questionId(), result));
        List<Object[]> rows = new ArrayList<>(answers.size());
        for (Answer answer : answers) {
            Scorer.QuestionResult result = byQuestion.get(answer.questionId());
            rows.add(new Object[] {answer.attemptId(), answer.questionId(), AttemptMapping.responseJson(answer.response()),
                    result == null ? answer.correct() : result.correct(), result == null ? answer.points() : result.points(),
                    answer.answeredAt(), answer.timeSpent() == null ? 0L : answer.timeSpent().toMillis(), answer.feedback()});
        }
        BatchedInserts.insertAll(entityManager, INSERT_ANSWER, rows);
        studyState.addAttempts(List.of(graded.id()));
    }

    private static void insertAttempt(EntityManager entityManager, Attempt attempt, String gradedAgainst) {
        JdbcReads.update(entityManager, INSERT_ATTEMPT, attempt.id(), attempt.assessmentId(), attempt.learnerId(),
                attempt.number(), attempt.status().code(), attempt.startedAt(), attempt.deadline(), attempt.submittedAt(),
                attempt.score(), attempt.maxScore(), attempt.percent(), attempt.passed(), attempt.previousScore(),
                JsonColumns.print(StoredShapes.idsTree(attempt.questionOrder())), gradedAgainst, attempt.version(),
                attempt.metadata(), attempt.feedback());
    }

    /** One statement, guarded on the version and on the attempt being in progress. */
    @Override
    public void touch(UUID attemptId, long expectedVersion) {
        BulkChanges.expect(JdbcReads.update(current.get(), TOUCH, attemptId, expectedVersion), 1, "attempt " + attemptId);
    }

    /** One statement: a new answer, or the attempt's earlier answer to the question replaced (its feedback kept). */
    @Override
    public void saveAnswer(Answer answer) {
        JdbcReads.update(current.get(), SAVE_ANSWER, answer.attemptId(), answer.questionId(),
                AttemptMapping.responseJson(answer.response()), answer.correct(), answer.points(), answer.answeredAt(),
                answer.timeSpent() == null ? 0L : answer.timeSpent().toMillis());
    }

    /** One statement: the attempt's update, guarded on its version. */
    @Override
    public void saveAnnotations(Attempt attempt, long expectedVersion) {
        BulkChanges.expect(JdbcReads.update(current.get(), SAVE_ANNOTATIONS, attempt.metadata(), attempt.feedback(),
                attempt.id(), expectedVersion), 1, "attempt " + attempt.id());
    }

    @Override
    public void saveAnswerFeedback(UUID attemptId, UUID questionId, String feedback) {
        JdbcReads.update(current.get(), SAVE_ANSWER_FEEDBACK, feedback, attemptId, questionId);
    }

    /**
     * One native statement per attempt and time (a submit's answers share both), after a flush
     * that writes the attempt they belong to if it is new.
     */
    @Override
    public void saveAnswers(List<Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        EntityManager entityManager = current.get();
        entityManager.flush();
        Map<List<Object>, List<AttemptGrading.NewAnswer>> byAttemptAndTime = new LinkedHashMap<>();
        for (Answer answer : answers) {
            byAttemptAndTime.computeIfAbsent(List.of(answer.attemptId(), answer.answeredAt()), key -> new ArrayList<>())
                    .add(new AttemptGrading.NewAnswer(answer.questionId(), AttemptMapping.responseJson(answer.response()),
                            answer.timeSpent().toMillis()));
        }
        byAttemptAndTime.forEach((key, rows) -> grading.saveAnswers(entityManager, (UUID) key.get(0), (Instant) key.get(1), rows));
    }

    /**
     * Three statements whatever the number of questions: the attempt's update, guarded on its
     * version, which returns the status it had (a regrade of a closed attempt refreshes the study
     * state differently); one native update of every graded answer, and the study state of the
     * graded questions (two for a regrade of a closed attempt).
     */
    @Override
    public void save(Attempt attempt, long expectedVersion, List<GradedQuestion> gradedAgainst,
                     List<Scorer.QuestionResult> results) {
        EntityManager entityManager = current.get();
        Optional<AttemptStatus> before = JdbcReads.query(entityManager, SAVE,
                rows -> rows.next() ? Optional.of(AttemptStatus.fromCode(rows.getString(1))) : Optional.empty(),
                attempt.status().code(), attempt.deadline(), attempt.submittedAt(), attempt.score(), attempt.maxScore(),
                attempt.percent(), attempt.passed(), attempt.previousScore(), AttemptMapping.gradedAgainstJson(gradedAgainst),
                attempt.id(), expectedVersion);
        if (before.isEmpty()) {
            throw concurrentChange(attempt.id());
        }
        if (!results.isEmpty()) {
            grading.gradeAnswers(entityManager, attempt.id(), results.stream()
                    .map(result -> new AttemptGrading.AnswerGrade(result.questionId(), result.correct(), result.points()))
                    .toList());
            List<JpaStudyState.Key> graded = results.stream()
                    .map(result -> new JpaStudyState.Key(attempt.learnerId(), result.questionId())).toList();
            if (before.get() != AttemptStatus.IN_PROGRESS) {
                studyState.refreshRegraded(graded);
            } else {
                studyState.refresh(graded);
            }
        }
    }

    /** One native statement. */
    @Override
    public void addToStats(List<StatsDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        grading.addToStats(current.get(), deltas.stream()
                .map(delta -> new AttemptGrading.StatsIncrement(delta.questionId(), delta.answered(), delta.correct(),
                        delta.time().toMillis()))
                .toList());
    }

    @Override
    public List<Attempt> listByLearners(List<UUID> learnerIds) {
        return current.get().createQuery("select t from AttemptEntity t where t.learnerId in :learners"
                        + " order by t.assessmentId, t.learnerId, t.number", AttemptEntity.class)
                .setParameter("learners", learnerIds)
                .getResultStream()
                .map(AttemptMapping::toRecord)
                .toList();
    }

    /**
     * Edits the managed attempts (read by {@link #listByLearners} in this unit of work), one UPDATE
     * each at flush, which steps {@code @Version} by one. PostgreSQL checks the unique keys row by
     * row, so the caller's new keys must not meet a stored row's.
     */
    @Override
    public void move(List<Attempt> attempts) {
        EntityManager entityManager = current.get();
        for (Attempt attempt : attempts) {
            AttemptEntity entity = requireAt(entityManager, attempt.id(), attempt.version() - 1);
            entity.learnerId = attempt.learnerId();
            entity.number = attempt.number();
            entity.status = attempt.status().code();
            entity.submittedAt = attempt.submittedAt();
        }
    }

    /** The managed attempt (read by {@link #listByLearners} in this unit of work) at the version the caller read. */
    private static AttemptEntity requireAt(EntityManager entityManager, UUID attemptId, long expectedVersion) {
        AttemptEntity entity = entityManager.find(AttemptEntity.class, attemptId);
        if (entity == null) {
            throw new NotFoundException("attempt", attemptId);
        }
        if (entity.version != expectedVersion) {
            throw concurrentChange(attemptId);
        }
        return entity;
    }

    /** Attempt versions are the library's own, never a caller's: a mismatch is a concurrent change, retried. */
    private static ConflictException concurrentChange(UUID attemptId) {
        return new ConflictException(null, "attempt " + attemptId + " changed concurrently", null);
    }
}

package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
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

    private static final String INSERT_ANSWER = "INSERT INTO answers (attempt_id, question_id, response, correct, points,"
            + " answered_at, time_spent_ms, feedback) VALUES (?1, ?2, CAST(?3 AS jsonb), CAST(?4 AS boolean),"
            + " CAST(?5 AS double precision), ?6, ?7, CAST(?8 AS text))";

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
        AssessmentEntity assessment = assessment(assessmentId);
        if (assessment == null) {
            return new StartContext(Optional.empty(), List.of(), NO_ATTEMPTS, Optional.empty());
        }
        List<UUID> questionIds = current.get().createQuery("select q.id from QuestionEntity q"
                        + " where q.assessmentId = :assessment order by q.position", UUID.class)
                .setParameter("assessment", assessmentId)
                .getResultList();
        SoFar soFar = soFar(assessmentId, learnerId);
        return new StartContext(Optional.of(AssessmentMapping.toRecord(assessment)), questionIds, soFar.attempts(),
                soFar.override());
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
        AssessmentEntity locked = assessment(assessmentId);
        if (locked == null) {
            return new SubmissionContext(Optional.empty(), List.of(), Optional.empty(), NO_ATTEMPTS, List.of(), UNKNOWN_LEARNER);
        }
        SoFar soFar = soFar(assessmentId, learnerId);
        Optional<Attempt> open = soFar.attempts().open();
        Assessment assessment = AssessmentMapping.toRecord(locked);
        List<Question> questions = questions(assessmentId);
        List<Answer> openAnswers = open.map(attempt -> answers(attempt.id())).orElse(List.of());
        return new SubmissionContext(Optional.of(assessment), questions, soFar.override(), soFar.attempts(), openAnswers,
                soFar.learnerKnown() ? progress(learnerId, assessment, questions) : UNKNOWN_LEARNER);
    }

    /** The learner's attempts at an assessment so far, the override, and whether the learner is live. */
    private record SoFar(AttemptsSoFar attempts, Optional<AttemptOverride> override, boolean learnerKnown) {
    }

    /**
     * One statement on the assessment's key: the learner's attempts at it so far (their count,
     * whether one passed, and the one in progress), the learner's override and whether the
     * learner is live.
     */
    private SoFar soFar(UUID assessmentId, UUID learnerId) {
        Object[] head = current.get().createQuery("select (select count(p.id) from AttemptEntity p"
                        + " where p.assessmentId = s.id and p.learnerId = :learner),"
                        + " (select count(p.id) from AttemptEntity p"
                        + " where p.assessmentId = s.id and p.learnerId = :learner and p.passed = true),"
                        + " (select count(l.id) from LearnerEntity l where l.id = :learner and l.deletedAt is null), t, o"
                        + " from AssessmentEntity s"
                        + " left join AttemptEntity t on t.assessmentId = s.id and t.learnerId = :learner"
                        + " and t.status = '" + IN_PROGRESS + "'"
                        + " left join AttemptOverrideEntity o on o.assessmentId = s.id and o.learnerId = :learner"
                        + " where s.id = :assessment", Object[].class)
                .setParameter("assessment", assessmentId)
                .setParameter("learner", learnerId)
                .getSingleResult();
        Optional<Attempt> open = Optional.ofNullable((AttemptEntity) head[3]).map(AttemptMapping::toRecord);
        return new SoFar(new AttemptsSoFar(Math.toIntExact(((Number) head[0]).longValue()), ((Number) head[1]).longValue() > 0,
                open), Optional.ofNullable((AttemptOverrideEntity) head[4]).map(AttemptMapping::toRecord),
                ((Number) head[2]).longValue() > 0);
    }

    /** The assessment, locked {@code FOR NO KEY UPDATE} in a write; null if there is none. */
    private AssessmentEntity assessment(UUID assessmentId) {
        EntityManager entityManager = current.get();
        return current.writes()
                ? entityManager.find(AssessmentEntity.class, assessmentId, LockModeType.PESSIMISTIC_WRITE)
                : entityManager.find(AssessmentEntity.class, assessmentId);
    }

    /** An attempt context and, when asked for, whether its learner is a live learner of the store. */
    private record Read(AttemptContext context, boolean learnerKnown) {
    }

    private Optional<Read> read(UUID attemptId, boolean withLearner) {
        EntityManager entityManager = current.get();
        if (current.writes() && entityManager.find(AttemptEntity.class, attemptId, LockModeType.PESSIMISTIC_WRITE) == null) {
            return Optional.empty();
        }
        List<Object[]> heads = entityManager.createQuery("select a, s, (select count(p.id) from AttemptEntity p"
                        + " where p.assessmentId = a.assessmentId and p.learnerId = a.learnerId and p.passed = true)"
                        + (withLearner ? ", (select count(l.id) from LearnerEntity l"
                                + " where l.id = a.learnerId and l.deletedAt is null)" : "")
                        + " from AttemptEntity a join AssessmentEntity s on s.id = a.assessmentId"
                        + " where a.id = :attempt", Object[].class)
                .setParameter("attempt", attemptId)
                .getResultList();
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Object[] head = heads.get(0);
        AttemptEntity attempt = (AttemptEntity) head[0];
        Assessment assessment = AssessmentMapping.toRecord((AssessmentEntity) head[1]);
        boolean learnerHasPassed = ((Number) head[2]).longValue() > 0;
        boolean learnerKnown = withLearner && ((Number) head[3]).longValue() > 0;
        List<Question> questions = questions(attempt.assessmentId);
        List<Answer> answers = answers(attemptId);
        return Optional.of(new Read(new AttemptContext(AttemptMapping.toRecord(attempt), assessment, questions, answers,
                AttemptMapping.gradedAgainst(attempt.gradedAgainst), learnerHasPassed), learnerKnown));
    }

    /**
     * Loaded read-only: a grading never changes its questions, so the unit's flushes (one before
     * each native statement) need not compare them with a snapshot; a question the unit loaded
     * before, to change it, stays as it was loaded.
     */
    private List<Question> questions(UUID assessmentId) {
        return current.get().createQuery("select q from QuestionEntity q"
                        + " where q.assessmentId = :assessment order by q.position", QuestionEntity.class)
                .setParameter("assessment", assessmentId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()
                .map(QuestionMapping::toRecord)
                .toList();
    }

    private List<Answer> answers(UUID attemptId) {
        return current.get().createQuery("select w from AnswerEntity w where w.attemptId = :attempt"
                        + " order by w.questionId", AnswerEntity.class)
                .setParameter("attempt", attemptId)
                .getResultStream()
                .map(AttemptMapping::toRecord)
                .toList();
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
     * Written at the end of the unit of work; a duplicate number or a second attempt in progress
     * then fails on {@code attempts_number_key} or {@code attempts_in_progress_idx}, which
     * {@link PersistenceErrors} reports as a concurrent change, and the start runs again.
     */
    @Override
    public void insert(Attempt attempt) {
        current.get().persist(AttemptMapping.toEntity(attempt));
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
     * Three statements whatever the number of answers: the graded attempt, its graded answers in
     * one multi-row INSERT ({@link BatchedInserts#insertAll}), the study state; nothing is written twice.
     */
    @Override
    public void insertGraded(Attempt started, List<Answer> answers, Attempt graded, List<GradedQuestion> gradedAgainst,
                             List<Scorer.QuestionResult> results) {
        EntityManager entityManager = current.get();
        AttemptEntity entity = AttemptMapping.toEntity(graded);
        entity.gradedAgainst = AttemptMapping.gradedAgainstJson(gradedAgainst);
        entityManager.persist(entity);
        entityManager.flush();
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

    /** One statement: {@code update attempts set version = v + 1 where id = ? and version = v}. */
    @Override
    public void touch(UUID attemptId, long expectedVersion) {
        EntityManager entityManager = current.get();
        AttemptEntity entity = requireAt(entityManager, attemptId, expectedVersion);
        if (!IN_PROGRESS.equals(entity.status)) {
            throw concurrentChange(attemptId);
        }
        entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void saveAnswer(Answer answer) {
        EntityManager entityManager = current.get();
        AnswerEntity entity = entityManager.find(AnswerEntity.class, new AnswerEntity.Key(answer.attemptId(), answer.questionId()));
        if (entity == null) {
            entityManager.persist(AttemptMapping.toEntity(answer));
        } else {
            AttemptMapping.write(answer, entity);
        }
    }

    /** One statement: the attempt's update, guarded on its version. */
    @Override
    public void saveAnnotations(Attempt attempt, long expectedVersion) {
        EntityManager entityManager = current.get();
        AttemptEntity entity = requireAt(entityManager, attempt.id(), expectedVersion);
        Attempt before = AttemptMapping.toRecord(entity);
        entity.metadata = attempt.metadata();
        entity.feedback = attempt.feedback();
        if (before.equals(AttemptMapping.toRecord(entity))) {
            entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } else {
            entityManager.flush();
        }
    }

    @Override
    public void saveAnswerFeedback(UUID attemptId, UUID questionId, String feedback) {
        current.get().find(AnswerEntity.class, new AnswerEntity.Key(attemptId, questionId)).feedback = feedback;
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
     * version (sent at once, so the guard holds before anything else is written), one native
     * update of every graded answer, and the study state of the graded questions (two for a
     * regrade of a closed attempt).
     */
    @Override
    public void save(Attempt attempt, long expectedVersion, List<GradedQuestion> gradedAgainst,
                     List<Scorer.QuestionResult> results) {
        EntityManager entityManager = current.get();
        AttemptEntity entity = requireAt(entityManager, attempt.id(), expectedVersion);
        Attempt before = AttemptMapping.toRecord(entity);
        String gradedBefore = entity.gradedAgainst;
        AttemptMapping.write(attempt, entity);
        entity.gradedAgainst = JsonColumns.keepIfSame(gradedBefore, AttemptMapping.gradedAgainstJson(gradedAgainst));
        if (before.equals(AttemptMapping.toRecord(entity)) && Objects.equals(gradedBefore, entity.gradedAgainst)) {
            entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } else {
            entityManager.flush();
        }
        if (!results.isEmpty()) {
            grading.gradeAnswers(entityManager, attempt.id(), results.stream()
                    .map(result -> new AttemptGrading.AnswerGrade(result.questionId(), result.correct(), result.points()))
                    .toList());
            List<JpaStudyState.Key> graded = results.stream()
                    .map(result -> new JpaStudyState.Key(attempt.learnerId(), result.questionId())).toList();
            if (before.closed()) {
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

    /** The managed attempt (read by the context in this unit of work) at the version the caller read. */
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

package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.port.AssessmentDefinitions;

public final class JpaAssessmentDefinitions implements AssessmentDefinitions {
    /**
     * A question's answers (?1), deleted before it (answers have no foreign key to questions, so
     * that a question index does not cost every answer one more index entry): by key, for the
     * attempts of its assessment (their unique key).
     */
    private static final String DELETE_ANSWERS_OF_QUESTION = """
            DELETE FROM answers WHERE question_id = ?1 AND attempt_id IN (
            SELECT t.id FROM questions q JOIN attempts t ON t.assessment_id = q.assessment_id WHERE q.id = ?1)""";

    /**
     * Taken before the answers' delete: since V12 no foreign key holds a question while answers to it
     * are written, so the writes that add answers hold their questions {@code FOR KEY SHARE}
     * ({@link JpaAttempts}) and a removal waits for them, or they read the question gone.
     */
    private static final String LOCK_QUESTION = "SELECT q.id FROM questions q WHERE q.id = ? FOR UPDATE";

    private final CurrentEntityManager current;
    private final Positions positions = new Positions(QuestionEntity.class, "assessmentId", AssessmentEntity.class);

    public JpaAssessmentDefinitions(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public Optional<Assessment> find(UUID id) {
        return Optional.ofNullable(current.get().find(AssessmentEntity.class, id)).map(AssessmentMapping::toRecord);
    }

    @Override
    public List<Assessment> listByCourse(UUID courseId) {
        return current.get().createQuery("select a from AssessmentEntity a where a.courseId = :course"
                        + " order by a.createdAt, a.id", AssessmentEntity.class)
                .setParameter("course", courseId)
                .getResultStream()
                .map(AssessmentMapping::toRecord)
                .toList();
    }

    @Override
    public void insert(Assessment assessment) {
        current.get().persist(AssessmentMapping.toEntity(assessment));
    }

    /** The assessments in JDBC batches ({@link BatchedInserts#persistAll}). */
    @Override
    public void insertAll(List<Assessment> assessments) {
        BatchedInserts.persistAll(current.get(), assessments.stream().map(AssessmentMapping::toEntity).toList());
    }

    @Override
    public void update(Assessment assessment, long expectedVersion) {
        EntityManager entityManager = current.get();
        AssessmentEntity entity = ManagedEntities.require(entityManager, AssessmentEntity.class, assessment.id(), "assessment");
        Versions.require("assessment", assessment.id(), entity.version, expectedVersion);
        Assessment before = AssessmentMapping.toRecord(entity);
        AssessmentMapping.write(assessment, entity);
        Versions.stepIfUnchanged(entityManager, entity, before, AssessmentMapping.toRecord(entity));
    }

    @Override
    public Optional<Question> findQuestion(UUID id) {
        return Optional.ofNullable(current.get().find(QuestionEntity.class, id)).map(QuestionMapping::toRecord);
    }

    /** In a write, locks the assessment first, so that writers numbering its questions queue. */
    @Override
    public List<Question> questions(UUID assessmentId) {
        return positions.ordered(current, QuestionEntity.class, assessmentId).stream()
                .map(QuestionMapping::toRecord)
                .toList();
    }

    @Override
    public void insertQuestion(Question question) {
        EntityManager entityManager = current.get();
        entityManager.persist(QuestionMapping.toEntity(question));
        entityManager.persist(new QuestionStatsEntity(question.id()));
    }

    /** The questions, then their statistics rows, in JDBC batches ({@link BatchedInserts#persistAll}). */
    @Override
    public void insertQuestions(List<Question> questions) {
        EntityManager entityManager = current.get();
        BatchedInserts.persistAll(entityManager, questions.stream().map(QuestionMapping::toEntity).toList());
        BatchedInserts.persistAll(entityManager, questions.stream().map(question -> new QuestionStatsEntity(question.id())).toList());
    }

    @Override
    public void updateQuestion(Question question, long expectedVersion) {
        EntityManager entityManager = current.get();
        QuestionEntity entity = ManagedEntities.require(entityManager, QuestionEntity.class, question.id(), "question");
        Versions.require("question", question.id(), entity.version, expectedVersion);
        Question before = QuestionMapping.toRecord(entity);
        QuestionMapping.write(question, entity);
        Versions.stepIfUnchanged(entityManager, entity, before, QuestionMapping.toRecord(entity));
    }

    /** The study state rows and the answers by key, then the question; its statistics row goes by its foreign key's ON DELETE CASCADE. */
    @Override
    public void deleteQuestion(UUID id) {
        EntityManager entityManager = current.get();
        JdbcReads.query(entityManager, LOCK_QUESTION, ResultSet::next, id);
        NativeRows.update(entityManager, JpaStudyState.FORGET_QUESTION, id);
        NativeRows.update(entityManager, DELETE_ANSWERS_OF_QUESTION, id);
        entityManager.remove(ManagedEntities.require(entityManager, QuestionEntity.class, id, "question"));
    }

    @Override
    public void repositionQuestions(UUID assessmentId, List<UUID> orderedIds) {
        positions.reposition(current.get(), assessmentId, orderedIds);
    }

    @Override
    public Optional<QuestionStats> stats(UUID questionId) {
        return Optional.ofNullable(current.get().find(QuestionStatsEntity.class, questionId)).map(QuestionMapping::toRecord);
    }

    @Override
    public Optional<AttemptOverride> findOverride(UUID assessmentId, UUID learnerId) {
        return Optional.ofNullable(current.get().find(AttemptOverrideEntity.class,
                new AttemptOverrideEntity.Key(assessmentId, learnerId))).map(AttemptMapping::toRecord);
    }

    /** Two concurrent first grants collide on the primary key, a concurrent change that the retry turns into a replace. */
    @Override
    public void saveOverride(AttemptOverride override) {
        EntityManager entityManager = current.get();
        AttemptOverrideEntity entity = entityManager.find(AttemptOverrideEntity.class,
                new AttemptOverrideEntity.Key(override.assessmentId(), override.learnerId()));
        if (entity == null) {
            entityManager.persist(AttemptMapping.toEntity(override));
        } else {
            AttemptMapping.write(override, entity);
        }
    }

    @Override
    public List<AttemptOverride> overridesOf(List<UUID> learnerIds) {
        return current.get().createQuery("select o from AttemptOverrideEntity o where o.learnerId in :learners"
                        + " order by o.learnerId, o.assessmentId", AttemptOverrideEntity.class)
                .setParameter("learners", learnerIds)
                .getResultStream()
                .map(AttemptMapping::toRecord)
                .toList();
    }

    @Override
    public void deleteOverrides(UUID learnerId, List<UUID> assessmentIds) {
        int deleted = current.get().createQuery("delete from AttemptOverrideEntity o"
                        + " where o.learnerId = :learner and o.assessmentId in :assessments")
                .setParameter("learner", learnerId)
                .setParameter("assessments", assessmentIds)
                .executeUpdate();
        BulkChanges.expect(deleted, assessmentIds.size(), "the overrides of learner " + learnerId);
    }

    @Override
    public void moveOverrides(UUID fromLearnerId, List<UUID> assessmentIds, UUID toLearnerId) {
        int moved = current.get().createQuery("update AttemptOverrideEntity o set o.learnerId = :to"
                        + " where o.learnerId = :from and o.assessmentId in :assessments")
                .setParameter("to", toLearnerId)
                .setParameter("from", fromLearnerId)
                .setParameter("assessments", assessmentIds)
                .executeUpdate();
        BulkChanges.expect(moved, assessmentIds.size(), "the overrides of learner " + fromLearnerId);
    }
}

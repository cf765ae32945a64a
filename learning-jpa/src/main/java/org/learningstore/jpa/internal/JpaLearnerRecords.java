package org.learningstore.jpa.internal;

import static org.learningstore.jpa.internal.NativeRows.instant;
import static org.learningstore.jpa.internal.NativeRows.rows;
import static org.learningstore.jpa.internal.NativeRows.update;
import static org.learningstore.jpa.internal.NativeRows.uuid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningstore.core.port.LearnerRecord;
import org.learningstore.core.port.LearnerRecords;

/**
 * A learner's rows by kind, each page one range of the learner's index on its table (the answers
 * through attempts_learner_idx), and the erase statements; native SQL. The rest of an erase is the
 * schema's cascades.
 */
public final class JpaLearnerRecords implements LearnerRecords {
    private static final Map<LearnerRecord, String> SOURCES = Map.ofEntries(
            Map.entry(LearnerRecord.LEARNER, "learners t WHERE t.id = ?1"),
            Map.entry(LearnerRecord.SESSIONS, "learner_sessions t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.ENROLLMENTS, "enrollments t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.LESSON_PROGRESS, "lesson_progress t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.ATTEMPTS, "attempts t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.ANSWERS, "answers t JOIN attempts a ON a.id = t.attempt_id WHERE a.learner_id = ?1"),
            Map.entry(LearnerRecord.ATTEMPT_OVERRIDES, "attempt_overrides t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.MASTERY, "skill_mastery t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.STUDY_SESSIONS, "study_sessions t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.PRACTICE_ANSWERS, "practice_answers t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.XP_ENTRIES, "xp_entries t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.ACHIEVEMENTS, "learner_achievements t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.NOTES, "notes t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.POSTS, "discussion_posts t WHERE t.author_id = ?1"),
            Map.entry(LearnerRecord.VOTES, "post_votes t WHERE t.voter_id = ?1"),
            Map.entry(LearnerRecord.PROJECTS, "projects t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.PROJECT_LIKES, "project_likes t WHERE t.learner_id = ?1"),
            Map.entry(LearnerRecord.EVENTS, "learning_events t WHERE t.learner_id = ?1"));

    private static final String RELEASE_VOTES = """
            UPDATE discussion_posts p SET vote_count = p.vote_count - v.value \
            FROM post_votes v WHERE v.post_id = p.id AND v.voter_id = ?1""";
    private static final String RELEASE_LIKES = """
            UPDATE projects SET like_count = like_count - 1 \
            WHERE id IN (SELECT project_id FROM project_likes WHERE learner_id = ?1) AND like_count > 0""";
    private static final String RELEASE_SEATS = """
            UPDATE courses SET enrolled_count = enrolled_count - 1 \
            WHERE id IN (SELECT course_id FROM enrollments WHERE learner_id = ?1 AND status <> 'dropped') AND enrolled_count > 0""";
    private static final String ANONYMISE_POSTS = """
            UPDATE discussion_posts SET author_id = NULL, title = CASE WHEN title IS NULL THEN NULL ELSE ?1 END, body = ?1, \
            updated_at = ?2, version = version + 1 WHERE author_id = ?3""";
    private static final String UNLINK_EVENTS = "UPDATE learning_events SET learner_id = NULL, session_id = NULL WHERE learner_id = ?1";
    private static final String DELETE_ATTEMPTS = "DELETE FROM attempts WHERE learner_id = ?1";
    private static final String DELETE_STUDY_STATE = "DELETE FROM learner_question_state WHERE learner_id = ?1";
    private static final String DELETE_OVERRIDES = "DELETE FROM attempt_overrides WHERE learner_id = ?1";
    private static final String DELETE_AUDIT = "DELETE FROM audit_log WHERE entity_type = 'learner' AND entity_id = ?1";
    private static final String MASK_AUDIT = """
            UPDATE audit_log SET actor = replace(actor, ?1, ?2), \
            before = CAST(replace(CAST(before AS text), ?1, ?2) AS jsonb), after = CAST(replace(CAST(after AS text), ?1, ?2) AS jsonb) \
            WHERE strpos(actor, ?1) > 0 OR strpos(CAST(before AS text), ?1) > 0 OR strpos(CAST(after AS text), ?1) > 0""";
    private static final String DELETE_LEARNER = "DELETE FROM learners WHERE id = ?1";

    private final CurrentEntityManager current;

    public JpaLearnerRecords(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public List<List<Object>> page(LearnerRecord kind, UUID learnerId, List<Object> after, int limit) {
        List<String> keys = kind.keyColumns();
        List<Object> args = new ArrayList<>(List.of(learnerId));
        String sql = "SELECT " + kind.fields().stream().map(JpaLearnerRecords::selected).collect(Collectors.joining(", "))
                + " FROM " + SOURCES.get(kind);
        if (!after.isEmpty()) {
            args.addAll(after);
            sql += keys.size() == 1 ? " AND t." + keys.get(0) + " > ?2"
                    : " AND (t." + keys.get(0) + ", t." + keys.get(1) + ") > (?2, ?3)";
        }
        args.add(limit);
        sql += " ORDER BY " + keys.stream().map(key -> "t." + key).collect(Collectors.joining(", ")) + " LIMIT ?" + args.size();
        return rows(current.get(), sql, args.toArray()).stream()
                .map(row -> Collections.unmodifiableList(Arrays.asList(values(kind, row)))).toList();
    }

    private static String selected(LearnerRecord.Field field) {
        String column = "t." + field.column();
        return field.kind() == LearnerRecord.Kind.JSON ? "CAST(" + column + " AS text)" : column;
    }

    private static Object[] values(LearnerRecord kind, Object[] row) {
        Object[] values = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = row[i] == null ? null : switch (kind.fields().get(i).kind()) {
                case ID -> uuid(row[i]);
                case TEXT, JSON -> row[i].toString();
                case INTEGER -> ((Number) row[i]).longValue();
                case DECIMAL -> ((Number) row[i]).doubleValue();
                case FLAG -> (Boolean) row[i];
                case INSTANT -> instant(row[i]);
            };
        }
        return values;
    }

    @Override
    public void releaseVotes(UUID learnerId) {
        update(current.get(), RELEASE_VOTES, learnerId);
    }

    @Override
    public void releaseLikes(UUID learnerId) {
        update(current.get(), RELEASE_LIKES, learnerId);
    }

    @Override
    public void releaseSeats(UUID learnerId) {
        update(current.get(), RELEASE_SEATS, learnerId);
    }

    @Override
    public void anonymisePosts(UUID learnerId, String erased, Instant at) {
        update(current.get(), ANONYMISE_POSTS, erased, at, learnerId);
    }

    @Override
    public void unlinkEvents(UUID learnerId) {
        update(current.get(), UNLINK_EVENTS, learnerId);
    }

    @Override
    public void deleteAttempts(UUID learnerId) {
        update(current.get(), DELETE_ATTEMPTS, learnerId);
        update(current.get(), DELETE_STUDY_STATE, learnerId);
    }

    @Override
    public void deleteOverrides(UUID learnerId) {
        update(current.get(), DELETE_OVERRIDES, learnerId);
    }

    @Override
    public void deleteAuditEntries(UUID learnerId) {
        update(current.get(), DELETE_AUDIT, learnerId);
    }

    @Override
    public void maskInAudit(UUID learnerId, String erased) {
        update(current.get(), MASK_AUDIT, learnerId.toString(), erased);
    }

    @Override
    public void deleteLearner(UUID learnerId) {
        update(current.get(), DELETE_LEARNER, learnerId);
    }
}

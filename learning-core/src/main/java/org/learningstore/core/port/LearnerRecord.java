package org.learningstore.core.port;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One kind of row the store holds about a learner, as the export shows it: its section name,
 * its fields in order (each named after its column, camel-cased) and the fields that order and
 * page it (a keyset, unique per learner). Adapters select {@link #columns()} and page on
 * {@link #keyColumns()}.
 */
public enum LearnerRecord {
    LEARNER("learner", "id", "id:id kind:text externalRef:text email:text username:text displayName:text"
            + " academicLevel:text totalXp:integer preferences:json metadata:json createdAt:instant lastActiveAt:instant"
            + " mergedInto:id deletedAt:instant"),
    SESSIONS("sessions", "id", "id:id createdAt:instant expiresAt:instant lastSeenAt:instant ip:text userAgent:text"
            + " revokedAt:instant"),
    ENROLLMENTS("enrollments", "id", "id:id courseId:id status:text enrolledAt:instant completedAt:instant"
            + " progressPercent:decimal currentLessonId:id lastAccessedAt:instant"),
    LESSON_PROGRESS("lessonProgress", "lessonId", "lessonId:id status:text startedAt:instant completedAt:instant"
            + " timeSpentMs:integer bestScore:decimal attempts:integer lastPosition:json bookmarks:json updatedAt:instant"),
    ATTEMPTS("attempts", "id", "id:id assessmentId:id number:integer status:text startedAt:instant deadline:instant"
            + " submittedAt:instant score:decimal maxScore:decimal percent:decimal passed:flag previousScore:decimal"
            + " questionOrder:json"),
    ANSWERS("answers", "attemptId questionId", "attemptId:id questionId:id response:json correct:flag points:decimal"
            + " answeredAt:instant timeSpentMs:integer"),
    ATTEMPT_OVERRIDES("attemptOverrides", "assessmentId", "assessmentId:id extraAttempts:integer extraTimeMs:integer"),
    MASTERY("mastery", "skillId", "skillId:id status:text score:decimal answers:integer correct:integer"
            + " lastPracticedAt:instant"),
    STUDY_SESSIONS("studySessions", "id", "id:id scopeKind:text assessmentId:id courseId:id skillIds:json mode:text"
            + " minDifficulty:integer maxDifficulty:integer startedAt:instant endedAt:instant answered:integer"
            + " correct:integer timeSpentMs:integer"),
    PRACTICE_ANSWERS("practiceAnswers", "id", "id:id sessionId:id questionId:id response:json correct:flag"
            + " points:decimal answeredAt:instant timeSpentMs:integer"),
    XP_ENTRIES("xpEntries", "id", "id:id amount:integer reason:text source:text courseId:id earnedAt:instant"),
    ACHIEVEMENTS("achievements", "achievementId", "achievementId:id earnedAt:instant metadata:json"),
    NOTES("notes", "id", "id:id lessonId:id courseId:id body:text position:json public:flag createdAt:instant"
            + " updatedAt:instant"),
    POSTS("posts", "id", "id:id courseId:id lessonId:id rootId:id parentId:id depth:integer title:text body:text"
            + " isQuestion:flag acceptedAnswerId:id voteCount:integer replyCount:integer createdAt:instant"
            + " updatedAt:instant deletedAt:instant"),
    VOTES("votes", "postId", "postId:id value:integer votedAt:instant"),
    PROJECTS("projects", "id", "id:id courseId:id title:text description:text kind:text artifact:json metrics:json"
            + " public:flag featured:flag externalToken:text viewCount:integer likeCount:integer createdAt:instant"
            + " updatedAt:instant"),
    PROJECT_LIKES("projectLikes", "projectId", "projectId:id likedAt:instant"),
    EVENTS("events", "id", "id:id type:text data:json sessionId:id occurredAt:instant");

    /**
     * How a field's value comes from an adapter: {@code UUID}, {@code String}, {@code Long},
     * {@code Double}, {@code Boolean}, {@code Instant}, or JSON text; any may be null.
     */
    public enum Kind {
        ID, TEXT, INTEGER, DECIMAL, FLAG, INSTANT, JSON
    }

    public record Field(String name, Kind kind) {
        /** The column it comes from: the name in snake case. */
        public String column() {
            return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        }
    }

    private final String section;
    private final List<String> keys;
    private final List<Field> fields;

    LearnerRecord(String section, String keys, String fields) {
        this.section = section;
        this.keys = List.of(keys.split(" "));
        this.fields = Arrays.stream(fields.split(" ")).map(field -> field.split(":"))
                .map(parts -> new Field(parts[0], Kind.valueOf(parts[1].toUpperCase(Locale.ROOT)))).toList();
    }

    public String section() {
        return section;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<String> columns() {
        return fields.stream().map(Field::column).toList();
    }

    /** The key fields' positions in {@link #fields()}. */
    public List<Integer> keyPositions() {
        return keys.stream().map(key -> fields.stream().map(Field::name).toList().indexOf(key)).toList();
    }

    public List<String> keyColumns() {
        return keyPositions().stream().map(position -> fields.get(position).column()).toList();
    }
}

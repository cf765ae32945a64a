package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Note;

/** Learners' notes on lessons as stored. */
public interface LessonNotes {
    /** Where a note on a lesson goes: the lesson's course, and whether the writing learner exists undeleted. */
    record Target(UUID courseId, boolean learnerLive) {
    }

    /** Which notes a list holds: each non-null id filters; {@code publicOnly} keeps public notes only. */
    record Listing(UUID learnerId, UUID lessonId, UUID courseId, boolean publicOnly) {
    }

    /** A position in creation order: the last note of the page before. */
    record Key(Instant createdAt, UUID id) {
    }

    /** In one statement; empty when the lesson does not exist. */
    Optional<Target> target(UUID learnerId, UUID lessonId);

    Optional<Note> find(UUID noteId);

    void insert(Note note);

    /** Writes the details, version and update time, guarded on {@code expectedVersion}: otherwise a concurrent change. */
    void update(Note note, long expectedVersion);

    /** Guarded on the note existing: otherwise a concurrent change. */
    void delete(UUID noteId);

    /** Up to {@code limit} notes after {@code after} (exclusive, from the start when null), oldest first, in one statement. */
    List<Note> list(Listing listing, Key after, int limit);
}

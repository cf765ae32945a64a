package org.learningstore.core.engagement;

import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;

/**
 * Learners' notes on lessons. Only a note's author edits or deletes it (rule
 * {@code note.not_author} otherwise). Every list is a cursor page in the order the notes were
 * written, oldest first.
 */
public interface Notes {
    Note add(UUID learnerId, UUID lessonId, NoteDetails details);

    /** Replaces the note's details; {@code expectedVersion} is the version the author last read. */
    Note edit(UUID learnerId, UUID noteId, long expectedVersion, NoteDetails details);

    void delete(UUID learnerId, UUID noteId);

    Optional<Note> find(UUID noteId);

    /** The learner's notes, public and private, on one lesson. */
    CursoredPage<Note> mineInLesson(UUID learnerId, UUID lessonId, CursorRequest page);

    /** The learner's notes, public and private, on any lesson of one course. */
    CursoredPage<Note> mineInCourse(UUID learnerId, UUID courseId, CursorRequest page);

    /** Every learner's public notes on one lesson. */
    CursoredPage<Note> publicInLesson(UUID lessonId, CursorRequest page);
}

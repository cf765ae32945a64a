package org.learningstore.jpa.internal;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Note;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.port.LessonNotes;

/** Notes over {@link NoteEntity}; after the insert, every change is one guarded bulk statement. */
public final class JpaLessonNotes implements LessonNotes {
    private final CurrentEntityManager current;

    public JpaLessonNotes(CurrentEntityManager current) {
        this.current = current;
    }

    /** One statement: the lesson's module's course, with the count of live learners of that id. */
    @Override
    public Optional<Target> target(UUID learnerId, UUID lessonId) {
        return current.get().createQuery("select m.courseId, (select count(l) from LearnerEntity l"
                        + " where l.id = :learner and l.deletedAt is null)"
                        + " from LessonEntity s join CourseModuleEntity m on m.id = s.moduleId where s.id = :lesson",
                        Object[].class)
                .setParameter("learner", learnerId)
                .setParameter("lesson", lessonId)
                .getResultStream()
                .findFirst()
                .map(row -> new Target((UUID) row[0], ((Number) row[1]).longValue() == 1));
    }

    @Override
    public Optional<Note> find(UUID noteId) {
        return Optional.ofNullable(current.get().find(NoteEntity.class, noteId)).map(EngagementMapping::toRecord);
    }

    @Override
    public void insert(Note note) {
        current.get().persist(EngagementMapping.toEntity(note));
    }

    @Override
    public void update(Note note, long expectedVersion) {
        int updated = current.get().createQuery("update NoteEntity n set n.body = :body, n.position = :position,"
                        + " n.isPublic = :public, n.version = :version, n.updatedAt = :at"
                        + " where n.id = :id and n.version = :expected")
                .setParameter("body", note.details().body())
                .setParameter("position", note.details().position())
                .setParameter("public", note.details().isPublic())
                .setParameter("version", note.version())
                .setParameter("at", note.updatedAt())
                .setParameter("id", note.id())
                .setParameter("expected", expectedVersion)
                .executeUpdate();
        requireOne(updated, note.id());
    }

    @Override
    public void delete(UUID noteId) {
        requireOne(current.get().createQuery("delete from NoteEntity n where n.id = :id")
                .setParameter("id", noteId)
                .executeUpdate(), noteId);
    }

    /** On {@code notes_learner_lesson_idx}, {@code notes_learner_course_idx} or {@code notes_lesson_public_idx}. */
    @Override
    public List<Note> list(Listing listing, Key after, int limit) {
        var where = new StringBuilder("1 = 1");
        if (listing.learnerId() != null) {
            where.append(" and n.learnerId = :learner");
        }
        if (listing.lessonId() != null) {
            where.append(" and n.lessonId = :lesson");
        }
        if (listing.courseId() != null) {
            where.append(" and n.courseId = :course");
        }
        if (listing.publicOnly()) {
            where.append(" and n.isPublic = true");
        }
        if (after != null) {
            where.append(" and (n.createdAt > :at or (n.createdAt = :at and n.id > :id))");
        }
        TypedQuery<NoteEntity> query = current.get().createQuery("select n from NoteEntity n where " + where
                + " order by n.createdAt, n.id", NoteEntity.class);
        if (listing.learnerId() != null) {
            query.setParameter("learner", listing.learnerId());
        }
        if (listing.lessonId() != null) {
            query.setParameter("lesson", listing.lessonId());
        }
        if (listing.courseId() != null) {
            query.setParameter("course", listing.courseId());
        }
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultStream().map(EngagementMapping::toRecord).toList();
    }

    /** The note changed or went since the unit read it: running the unit again sees what happened. */
    private static void requireOne(int changed, UUID noteId) {
        if (changed != 1) {
            throw new ConflictException(null, "note " + noteId + " was changed concurrently", null);
        }
    }
}

package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Note;
import org.learningstore.core.engagement.NoteDetails;
import org.learningstore.core.port.LessonNotes;

/** Notes; after the insert, every change is one statement guarded on one row. */
final class SqliteLessonNotes implements LessonNotes {
    private static final String COLUMNS = """
            n.id, n.learner_id, n.lesson_id, n.course_id, n.body, n.position, n.public, n.version, n.created_at, \
            n.updated_at""";
    private static final String TARGET = """
            SELECT m.course_id, EXISTS (SELECT 1 FROM learners l WHERE l.id = ? AND l.deleted_at IS NULL) AS learner_live \
            FROM lessons s JOIN modules m ON m.id = s.module_id WHERE s.id = ?""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM notes n WHERE n.id = ?";
    private static final String INSERT = """
            INSERT INTO notes (id, learner_id, lesson_id, course_id, body, position, public, version, created_at, updated_at) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE notes SET body = ?, position = ?, public = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?""";
    private static final String DELETE = "DELETE FROM notes WHERE id = ?";

    private final SqlExecutor executor;

    SqliteLessonNotes(SqlExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Optional<Target> target(UUID learnerId, UUID lessonId) {
        return executor.queryOne(Sql.of(TARGET, learnerId, lessonId),
                row -> new Target(row.uuid("course_id"), row.flag("learner_live")));
    }

    @Override
    public Optional<Note> find(UUID noteId) {
        return executor.queryOne(Sql.of(FIND, noteId), SqliteLessonNotes::note);
    }

    @Override
    public void insert(Note note) {
        NoteDetails details = note.details();
        executor.update(Sql.of(INSERT, note.id(), note.learnerId(), note.lessonId(), note.courseId(), details.body(),
                details.position(), details.isPublic(), note.version(), note.createdAt(), note.updatedAt()));
    }

    @Override
    public void update(Note note, long expectedVersion) {
        NoteDetails details = note.details();
        executor.update(Sql.of(UPDATE, details.body(), details.position(), details.isPublic(), note.version(),
                note.updatedAt(), note.id(), expectedVersion), Guard.oneRow("note", note.id()));
    }

    @Override
    public void delete(UUID noteId) {
        executor.update(Sql.of(DELETE, noteId), Guard.oneRow("note", noteId));
    }

    /** On {@code notes_learner_lesson_idx}, {@code notes_learner_course_idx} or {@code notes_lesson_public_idx}. */
    @Override
    public List<Note> list(Listing listing, Key after, int limit) {
        var where = new StringBuilder("1 = 1");
        var args = new ArrayList<>();
        if (listing.learnerId() != null) {
            where.append(" AND n.learner_id = ?");
            args.add(listing.learnerId());
        }
        if (listing.lessonId() != null) {
            where.append(" AND n.lesson_id = ?");
            args.add(listing.lessonId());
        }
        if (listing.courseId() != null) {
            where.append(" AND n.course_id = ?");
            args.add(listing.courseId());
        }
        if (listing.publicOnly()) {
            where.append(" AND n.public = 1");
        }
        if (after != null) {
            where.append(" AND (n.created_at > ? OR (n.created_at = ? AND n.id > ?))");
            args.addAll(List.of(after.createdAt(), after.createdAt(), after.id()));
        }
        args.add(limit);
        return executor.query(new Sql("SELECT " + COLUMNS + " FROM notes n WHERE " + where
                + " ORDER BY n.created_at, n.id LIMIT ?", args), SqliteLessonNotes::note);
    }

    private static Note note(Row row) {
        return new Note(row.uuid("id"), row.uuid("learner_id"), row.uuid("lesson_id"), row.uuid("course_id"),
                new NoteDetails(row.text("body"), row.text("position"), row.flag("public")),
                row.integer("version"), row.instant("created_at"), row.instant("updated_at"));
    }
}

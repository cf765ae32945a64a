package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Note;
import org.learningstore.core.engagement.NoteDetails;
import org.learningstore.core.engagement.Notes;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.work.Existing;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Versions;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.LessonNotes;

/** Notes: written by a live learner on a lesson, changed only by their author. */
public final class NoteService implements Notes {
    private static final String CURSOR = "notes";

    private final UnitsOfWork units;
    private final Ids ids;
    private final LessonNotes notes;
    private final JsonCodec json;

    public NoteService(UnitsOfWork units, Ids ids, LessonNotes notes, JsonCodec json) {
        this.units = units;
        this.ids = ids;
        this.notes = notes;
        this.json = json;
    }

    @Override
    public Note add(UUID learnerId, UUID lessonId, NoteDetails details) {
        Checks.required("learnerId", learnerId);
        Checks.required("lessonId", lessonId);
        checked(details);
        return units.write(() -> {
            LessonNotes.Target target = Existing.of("lesson", lessonId, id -> notes.target(learnerId, id));
            if (!target.learnerLive()) {
                throw new NotFoundException("learner", learnerId);
            }
            Instant now = units.now();
            Note note = new Note(ids.next(), learnerId, lessonId, target.courseId(), details, 1, now, now);
            notes.insert(note);
            return note;
        });
    }

    @Override
    public Note edit(UUID learnerId, UUID noteId, long expectedVersion, NoteDetails details) {
        checked(details);
        return units.write(() -> {
            Note current = authored(learnerId, noteId);
            Versions.requireCurrent("note", noteId, expectedVersion, current.version());
            Note edited = new Note(noteId, current.learnerId(), current.lessonId(), current.courseId(), details,
                    current.version() + 1, current.createdAt(), units.now());
            notes.update(edited, current.version());
            return edited;
        });
    }

    @Override
    public void delete(UUID learnerId, UUID noteId) {
        units.write(() -> {
            authored(learnerId, noteId);
            notes.delete(noteId);
            return null;
        });
    }

    @Override
    public Optional<Note> find(UUID noteId) {
        Checks.required("noteId", noteId);
        return units.read(() -> notes.find(noteId));
    }

    @Override
    public CursoredPage<Note> mineInLesson(UUID learnerId, UUID lessonId, CursorRequest page) {
        Checks.required("learnerId", learnerId);
        Checks.required("lessonId", lessonId);
        return list(new LessonNotes.Listing(learnerId, lessonId, null, false), page);
    }

    @Override
    public CursoredPage<Note> mineInCourse(UUID learnerId, UUID courseId, CursorRequest page) {
        Checks.required("learnerId", learnerId);
        Checks.required("courseId", courseId);
        return list(new LessonNotes.Listing(learnerId, null, courseId, false), page);
    }

    @Override
    public CursoredPage<Note> publicInLesson(UUID lessonId, CursorRequest page) {
        Checks.required("lessonId", lessonId);
        return list(new LessonNotes.Listing(null, lessonId, null, true), page);
    }

    private CursoredPage<Note> list(LessonNotes.Listing listing, CursorRequest page) {
        Checks.required("page", page);
        LessonNotes.Key after = page.after() == null ? null
                : KeysetPages.decode(CURSOR, page.after(), 2,
                        v -> new LessonNotes.Key(Checks.instant("cursor", Instant.parse(v[0])), UUID.fromString(v[1])));
        List<Note> rows = units.read(() -> notes.list(listing, after, page.size() + 1));
        return KeysetPages.page(rows, page.size(), last -> KeysetPages.encode(CURSOR, last.createdAt(), last.id()));
    }

    private void checked(NoteDetails details) {
        Checks.required("details", details);
        if (details.position() != null) {
            FreeFormJson.requireObject("position", details.position(), json);
        }
    }

    /** The note, if {@code learnerId} wrote it. */
    private Note authored(UUID learnerId, UUID noteId) {
        Checks.required("learnerId", learnerId);
        Note note = Existing.of("note", noteId, notes::find);
        if (!note.learnerId().equals(learnerId)) {
            throw new RuleViolationException("note.not_author", "only the author of note " + noteId + " may change it");
        }
        return note;
    }
}

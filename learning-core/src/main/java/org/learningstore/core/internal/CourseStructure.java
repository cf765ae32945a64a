package org.learningstore.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.DenseOrder.Renumbered;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.port.CourseModules;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.Lessons;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Existing;
import org.learningstore.core.internal.work.Versions;

/** The modules of a course and the lessons of a module, each in positions 1..n. */
public final class CourseStructure {
    private static final DenseOrder<CourseModule> MODULES = new DenseOrder<>(CourseModule::id,
            (m, position) -> new CourseModule(m.id(), m.courseId(), position, m.details(), m.version(), m.createdAt(), m.updatedAt()));
    private static final DenseOrder<Lesson> LESSONS = new DenseOrder<>(Lesson::id,
            (l, position) -> new Lesson(l.id(), l.moduleId(), position, l.details(), l.version(), l.createdAt(), l.updatedAt()));

    private final Courses courses;
    private final CourseModules modules;
    private final Lessons lessons;
    private final JsonCodec json;
    private final UnitsOfWork work;
    private final Auditor auditor;
    private final Ids ids;

    public CourseStructure(Courses courses, CourseModules modules, Lessons lessons, JsonCodec json, UnitsOfWork work, Auditor auditor, Ids ids) {
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.json = json;
        this.work = work;
        this.auditor = auditor;
        this.ids = ids;
    }

    // modules

    CourseModule addModule(UUID courseId, ModuleDetails details, int position) {
        Checks.required("details", details);
        return work.write(() -> {
            CourseLifecycle.live(courses, courseId);
            List<CourseModule> members = modules.listByCourse(courseId);
            Instant now = work.now();
            var appended = new CourseModule(ids.next(), courseId, members.size() + 1, details, 1, now, now);
            Renumbered<CourseModule> renumbered = MODULES.insert(members, appended, position);
            CourseModule module = renumbered.placed(appended.id());
            modules.insert(appended);
            auditor.record("module", module.id(), AuditAction.CREATED, null, module);
            place("module", renumbered, order -> modules.reposition(courseId, order));
            return module;
        });
    }

    CourseModule updateModule(UUID moduleId, long expectedVersion, ModuleDetails details) {
        Checks.required("details", details);
        return work.write(() -> {
            CourseModule current = Existing.of("module", moduleId, modules::find);
            Versions.requireCurrent("module", moduleId, expectedVersion, current.version());
            var next = new CourseModule(moduleId, current.courseId(), current.position(), details,
                    current.version() + 1, current.createdAt(), work.now());
            modules.update(next, expectedVersion);
            auditor.record("module", moduleId, AuditAction.UPDATED, current, next);
            return next;
        });
    }

    List<CourseModule> moveModule(UUID moduleId, int position) {
        return work.write(() -> {
            UUID courseId = Existing.of("module", moduleId, modules::find).courseId();
            return place("module", MODULES.move(modules.listByCourse(courseId), moduleId, position),
                    order -> modules.reposition(courseId, order));
        });
    }

    List<CourseModule> reorderModules(UUID courseId, List<UUID> moduleIds) {
        return work.write(() -> {
            CourseLifecycle.live(courses, courseId);
            return place("module", MODULES.reorder("moduleIds", modules.listByCourse(courseId), moduleIds),
                    order -> modules.reposition(courseId, order));
        });
    }

    void removeModule(UUID moduleId) {
        work.write(() -> {
            CourseModule module = Existing.of("module", moduleId, modules::find);
            Renumbered<CourseModule> renumbered = MODULES.remove(modules.listByCourse(module.courseId()), moduleId);
            modules.delete(moduleId);
            auditor.record("module", moduleId, AuditAction.REMOVED, module, null);
            return place("module", renumbered, order -> modules.reposition(module.courseId(), order));
        });
    }

    List<CourseModule> modules(UUID courseId) {
        Checks.required("courseId", courseId);
        return work.read(() -> modules.listByCourse(courseId));
    }

    // lessons

    Lesson addLesson(UUID moduleId, LessonDetails details, int position) {
        Checks.required("details", details);
        requireJsonObject(details);
        return work.write(() -> {
            Existing.of("module", moduleId, modules::find);
            List<Lesson> members = lessons.listByModule(moduleId);
            Instant now = work.now();
            var appended = new Lesson(ids.next(), moduleId, members.size() + 1, details, 1, now, now);
            Renumbered<Lesson> renumbered = LESSONS.insert(members, appended, position);
            Lesson lesson = renumbered.placed(appended.id());
            lessons.insert(appended);
            auditor.record("lesson", lesson.id(), AuditAction.CREATED, null, lesson);
            place("lesson", renumbered, order -> lessons.reposition(moduleId, order));
            return lesson;
        });
    }

    Lesson updateLesson(UUID lessonId, long expectedVersion, LessonDetails details) {
        Checks.required("details", details);
        requireJsonObject(details);
        return work.write(() -> {
            Lesson current = Existing.of("lesson", lessonId, lessons::find);
            Versions.requireCurrent("lesson", lessonId, expectedVersion, current.version());
            var next = new Lesson(lessonId, current.moduleId(), current.position(), details,
                    current.version() + 1, current.createdAt(), work.now());
            lessons.update(next, expectedVersion);
            auditor.record("lesson", lessonId, AuditAction.UPDATED, current, next);
            return next;
        });
    }

    Lesson moveLesson(UUID lessonId, UUID moduleId, int position) {
        return work.write(() -> {
            Lesson lesson = Existing.of("lesson", lessonId, lessons::find);
            CourseModule source = Existing.of("module", lesson.moduleId(), modules::find);
            if (source.id().equals(moduleId)) {
                return place("lesson", LESSONS.move(lessons.listByModule(moduleId), lessonId, position),
                        order -> lessons.reposition(moduleId, order)).get(position - 1);
            }
            CourseModule target = Existing.of("module", moduleId, modules::find);
            if (!target.courseId().equals(source.courseId())) {
                throw new InvalidInputException("moduleId", "belongs to another course than the lesson");
            }
            Renumbered<Lesson> left = LESSONS.remove(lessons.listByModule(source.id()), lessonId);
            var arriving = new Lesson(lessonId, moduleId, 0, lesson.details(), lesson.version(), lesson.createdAt(),
                    lesson.updatedAt());
            Renumbered<Lesson> joined = LESSONS.insert(lessons.listByModule(moduleId), arriving, position);
            Lesson placed = joined.placed(lessonId);
            lessons.changeModule(lessonId, moduleId);
            auditor.record("lesson", lessonId, AuditAction.MOVED, lesson, placed);
            auditMoves("lesson", joined);
            // the arriving lesson waits at the free position 0, so the target always renumbers
            lessons.reposition(moduleId, joined.order());
            place("lesson", left, order -> lessons.reposition(source.id(), order));
            return placed;
        });
    }

    List<Lesson> reorderLessons(UUID moduleId, List<UUID> lessonIds) {
        return work.write(() -> {
            Existing.of("module", moduleId, modules::find);
            return place("lesson", LESSONS.reorder("lessonIds", lessons.listByModule(moduleId), lessonIds),
                    order -> lessons.reposition(moduleId, order));
        });
    }

    void removeLesson(UUID lessonId) {
        work.write(() -> {
            Lesson lesson = Existing.of("lesson", lessonId, lessons::find);
            Renumbered<Lesson> renumbered = LESSONS.remove(lessons.listByModule(lesson.moduleId()), lessonId);
            lessons.delete(lessonId);
            auditor.record("lesson", lessonId, AuditAction.REMOVED, lesson, null);
            return place("lesson", renumbered, order -> lessons.reposition(lesson.moduleId(), order));
        });
    }

    Optional<Lesson> findLesson(UUID lessonId) {
        Checks.required("lessonId", lessonId);
        return work.read(() -> lessons.find(lessonId));
    }

    List<Lesson> lessons(UUID moduleId) {
        Checks.required("moduleId", moduleId);
        return work.read(() -> lessons.listByModule(moduleId));
    }

    /** Audits every child that moved and, if any did, stores the new order in one reposition. */
    private <T> List<T> place(String entity, Renumbered<T> renumbered, Consumer<List<UUID>> reposition) {
        auditMoves(entity, renumbered);
        if (renumbered.moved()) {
            reposition.accept(renumbered.order());
        }
        return renumbered.children();
    }

    private <T> void auditMoves(String entity, Renumbered<T> renumbered) {
        renumbered.moves().forEach(move -> auditor.record(entity, move.id(), AuditAction.MOVED, move.before(), move.after()));
    }

    private void requireJsonObject(LessonDetails details) {
        FreeFormJson.requireObject("content", details.content(), json);
        FreeFormJson.requireObject("metadata", details.metadata(), json);
    }
}

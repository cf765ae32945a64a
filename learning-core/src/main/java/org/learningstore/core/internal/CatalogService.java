package org.learningstore.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.learningstore.core.id.Ids;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.StoreBackend;

/** The catalog's rules over the backend's ports. */
public final class CatalogService extends BackendService implements Catalog {
    private static final int MAX_SEARCH_TERMS = 10;

    public CatalogService(StoreBackend store, Clock clock, Ids ids, String actor) {
        super(store, clock, ids, actor);
    }

    // courses

    @Override
    public Course createCourse(CourseDetails details) {
        Checks.required("details", details);
        return write(() -> {
            Instant now = now();
            var course = new Course(ids.next(), details, CourseStatus.DRAFT, 1, now, now, null);
            store.courses().insert(course);
            audit("course", course.id(), AuditAction.CREATED, null, course);
            return course;
        });
    }

    @Override
    public Course updateCourse(UUID courseId, long expectedVersion, CourseDetails details) {
        Checks.required("details", details);
        return write(() -> {
            Course current = liveCourse(courseId);
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("course", courseId, expectedVersion, current.version());
            }
            return saveCourse(current, AuditAction.UPDATED,
                    new Course(courseId, details, current.status(), current.version() + 1, current.createdAt(), now(), null));
        });
    }

    @Override
    public Course publishCourse(UUID courseId) {
        return changeStatus(courseId, CourseStatus.PUBLISHED, AuditAction.PUBLISHED);
    }

    @Override
    public Course archiveCourse(UUID courseId) {
        return changeStatus(courseId, CourseStatus.ARCHIVED, AuditAction.ARCHIVED);
    }

    private Course changeStatus(UUID courseId, CourseStatus target, AuditAction action) {
        return write(() -> {
            Course current = anyCourse(courseId);
            if (current.deleted()) {
                throw new RuleViolationException("course.deleted", "course " + courseId + " is deleted; restore it first");
            }
            if (current.status() == target) {
                return current;
            }
            return saveCourse(current, action, new Course(courseId, current.details(), target,
                    current.version() + 1, current.createdAt(), now(), null));
        });
    }

    @Override
    public Course deleteCourse(UUID courseId) {
        return write(() -> {
            Course current = anyCourse(courseId);
            if (current.deleted()) {
                return current;
            }
            Instant now = now();
            return saveCourse(current, AuditAction.DELETED, new Course(courseId, current.details(), current.status(),
                    current.version() + 1, current.createdAt(), now, now));
        });
    }

    @Override
    public Course restoreCourse(UUID courseId) {
        return write(() -> {
            Course current = anyCourse(courseId);
            if (!current.deleted()) {
                return current;
            }
            return saveCourse(current, AuditAction.RESTORED, new Course(courseId, current.details(), current.status(),
                    current.version() + 1, current.createdAt(), now(), null));
        });
    }

    private Course saveCourse(Course current, AuditAction action, Course next) {
        store.courses().update(next, current.version());
        audit("course", next.id(), action, current, next);
        return next;
    }

    @Override
    public Optional<Course> findCourse(UUID courseId) {
        Checks.required("courseId", courseId);
        return read(() -> store.courses().find(courseId).filter(course -> !course.deleted()));
    }

    @Override
    public Optional<Course> findCourseBySlug(String slug) {
        Checks.required("slug", slug);
        return read(() -> store.courses().findBySlug(slug));
    }

    @Override
    public Page<Course> listCourses(CourseQuery query, PageRequest page) {
        Checks.required("query", query);
        Checks.required("page", page);
        return read(() -> store.courses().list(query, page));
    }

    @Override
    public CursoredPage<Course> listCourses(CourseQuery query, CursorRequest cursor) {
        Checks.required("query", query);
        Checks.required("cursor", cursor);
        var after = cursor.after() == null ? null : CourseCursors.decode(query, cursor.after());
        List<Course> rows = read(() -> store.courses().listAfter(query, after, cursor.size() + 1));
        if (rows.size() <= cursor.size()) {
            return new CursoredPage<>(rows, Optional.empty());
        }
        List<Course> content = rows.subList(0, cursor.size());
        return new CursoredPage<>(content, Optional.of(CourseCursors.encode(query, content.get(content.size() - 1))));
    }

    @Override
    public List<CourseSearchHit> searchCourses(String text, int limit) {
        Checks.required("text", text);
        Checks.range("limit", limit, 1, PageRequest.MAX_SIZE);
        List<String> terms = searchTerms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        return read(() -> store.courses().search(terms, limit));
    }

    /** Words of letters and digits, lower-cased; everything else separates words. */
    static List<String> searchTerms(String text) {
        var terms = new ArrayList<String>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !terms.contains(word) && terms.size() < MAX_SEARCH_TERMS) {
                terms.add(word);
            }
        }
        return terms;
    }

    @Override
    public Optional<CourseOutline> outline(UUID courseId) {
        Checks.required("courseId", courseId);
        return read(() -> store.courses().outline(courseId)).filter(outline -> !outline.course().deleted());
    }

    // modules

    @Override
    public CourseModule addModule(UUID courseId, ModuleDetails details) {
        return addModule(courseId, details, Integer.MAX_VALUE);
    }

    @Override
    public CourseModule addModule(UUID courseId, ModuleDetails details, int position) {
        Checks.required("details", details);
        return write(() -> {
            liveCourse(courseId);
            List<CourseModule> members = new ArrayList<>(store.modules().listByCourse(courseId));
            int last = members.size() + 1;
            int at = position == Integer.MAX_VALUE ? last : Checks.range("position", position, 1, last);
            Instant now = now();
            var module = new CourseModule(ids.next(), courseId, at, details, 1, now, now);
            store.modules().insert(new CourseModule(module.id(), courseId, last, details, 1, now, now));
            audit("module", module.id(), AuditAction.CREATED, null, module);
            List<UUID> order = idsOf(members, CourseModule::id);
            order.add(at - 1, module.id());
            members.add(module);
            repositionModules(courseId, members, order);
            return module;
        });
    }

    @Override
    public CourseModule updateModule(UUID moduleId, long expectedVersion, ModuleDetails details) {
        Checks.required("details", details);
        return write(() -> {
            CourseModule current = module(moduleId);
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("module", moduleId, expectedVersion, current.version());
            }
            var next = new CourseModule(moduleId, current.courseId(), current.position(), details,
                    current.version() + 1, current.createdAt(), now());
            store.modules().update(next, expectedVersion);
            audit("module", moduleId, AuditAction.UPDATED, current, next);
            return next;
        });
    }

    @Override
    public List<CourseModule> moveModule(UUID moduleId, int position) {
        return write(() -> {
            CourseModule moving = module(moduleId);
            List<CourseModule> members = store.modules().listByCourse(moving.courseId());
            Checks.range("position", position, 1, members.size());
            List<UUID> order = idsOf(members, CourseModule::id);
            order.remove(moduleId);
            order.add(position - 1, moduleId);
            return repositionModules(moving.courseId(), members, order);
        });
    }

    @Override
    public List<CourseModule> reorderModules(UUID courseId, List<UUID> moduleIds) {
        Checks.required("moduleIds", moduleIds);
        return write(() -> {
            liveCourse(courseId);
            List<CourseModule> members = store.modules().listByCourse(courseId);
            requirePermutation("moduleIds", idsOf(members, CourseModule::id), moduleIds);
            return repositionModules(courseId, members, List.copyOf(moduleIds));
        });
    }

    @Override
    public void removeModule(UUID moduleId) {
        write(() -> {
            CourseModule module = module(moduleId);
            List<CourseModule> members = new ArrayList<>(store.modules().listByCourse(module.courseId()));
            members.removeIf(m -> m.id().equals(moduleId));
            store.modules().delete(moduleId);
            audit("module", moduleId, AuditAction.REMOVED, module, null);
            repositionModules(module.courseId(), members, idsOf(members, CourseModule::id));
            return null;
        });
    }

    /**
     * Gives {@code members} (the modules the course will hold, as they are now) positions 1..n
     * in {@code order}, auditing each one that moved; one atomic reposition if any did.
     */
    private List<CourseModule> repositionModules(UUID courseId, List<CourseModule> members, List<UUID> order) {
        List<CourseModule> result = new ArrayList<>();
        boolean changed = false;
        for (UUID id : order) {
            CourseModule current = members.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
            var next = new CourseModule(id, courseId, result.size() + 1, current.details(), current.version(),
                    current.createdAt(), current.updatedAt());
            if (!next.equals(current)) {
                changed = true;
                audit("module", id, AuditAction.MOVED, current, next);
            }
            result.add(next);
        }
        if (changed) {
            store.modules().reposition(courseId, order);
        }
        return result;
    }

    @Override
    public List<CourseModule> modules(UUID courseId) {
        Checks.required("courseId", courseId);
        return read(() -> store.modules().listByCourse(courseId));
    }

    // lessons

    @Override
    public Lesson addLesson(UUID moduleId, LessonDetails details) {
        return addLesson(moduleId, details, Integer.MAX_VALUE);
    }

    @Override
    public Lesson addLesson(UUID moduleId, LessonDetails details, int position) {
        Checks.required("details", details);
        requireJsonObject(details);
        return write(() -> {
            module(moduleId);
            List<Lesson> members = new ArrayList<>(store.lessons().listByModule(moduleId));
            int last = members.size() + 1;
            int at = position == Integer.MAX_VALUE ? last : Checks.range("position", position, 1, last);
            Instant now = now();
            var lesson = new Lesson(ids.next(), moduleId, at, details, 1, now, now);
            store.lessons().insert(new Lesson(lesson.id(), moduleId, last, details, 1, now, now));
            audit("lesson", lesson.id(), AuditAction.CREATED, null, lesson);
            List<UUID> order = idsOf(members, Lesson::id);
            order.add(at - 1, lesson.id());
            members.add(lesson);
            repositionLessons(moduleId, members, order);
            return lesson;
        });
    }

    @Override
    public Lesson updateLesson(UUID lessonId, long expectedVersion, LessonDetails details) {
        Checks.required("details", details);
        requireJsonObject(details);
        return write(() -> {
            Lesson current = lesson(lessonId);
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("lesson", lessonId, expectedVersion, current.version());
            }
            var next = new Lesson(lessonId, current.moduleId(), current.position(), details,
                    current.version() + 1, current.createdAt(), now());
            store.lessons().update(next, expectedVersion);
            audit("lesson", lessonId, AuditAction.UPDATED, current, next);
            return next;
        });
    }

    @Override
    public Lesson moveLesson(UUID lessonId, UUID moduleId, int position) {
        return write(() -> {
            Lesson lesson = lesson(lessonId);
            CourseModule source = module(lesson.moduleId());
            CourseModule target = source.id().equals(moduleId) ? source : module(moduleId);
            if (!target.courseId().equals(source.courseId())) {
                throw new InvalidInputException("moduleId", "belongs to another course than the lesson");
            }
            List<Lesson> sourceMembers = new ArrayList<>(store.lessons().listByModule(source.id()));
            List<Lesson> targetMembers = target == source ? sourceMembers : new ArrayList<>(store.lessons().listByModule(moduleId));
            sourceMembers.removeIf(l -> l.id().equals(lessonId));
            Checks.range("position", position, 1, targetMembers.size() + 1);
            List<UUID> targetOrder = idsOf(targetMembers, Lesson::id);
            targetOrder.add(position - 1, lessonId);
            targetMembers.add(lesson);
            if (target != source) {
                store.lessons().changeModule(lessonId, moduleId);
            }
            List<Lesson> placed = repositionLessons(moduleId, targetMembers, targetOrder);
            if (target != source) {
                repositionLessons(source.id(), sourceMembers, idsOf(sourceMembers, Lesson::id));
            }
            return placed.get(position - 1);
        });
    }

    @Override
    public List<Lesson> reorderLessons(UUID moduleId, List<UUID> lessonIds) {
        Checks.required("lessonIds", lessonIds);
        return write(() -> {
            module(moduleId);
            List<Lesson> members = store.lessons().listByModule(moduleId);
            requirePermutation("lessonIds", idsOf(members, Lesson::id), lessonIds);
            return repositionLessons(moduleId, members, List.copyOf(lessonIds));
        });
    }

    @Override
    public void removeLesson(UUID lessonId) {
        write(() -> {
            Lesson lesson = lesson(lessonId);
            List<Lesson> members = new ArrayList<>(store.lessons().listByModule(lesson.moduleId()));
            members.removeIf(l -> l.id().equals(lessonId));
            store.lessons().delete(lessonId);
            audit("lesson", lessonId, AuditAction.REMOVED, lesson, null);
            repositionLessons(lesson.moduleId(), members, idsOf(members, Lesson::id));
            return null;
        });
    }

    /** As {@link #repositionModules}, for the lessons a module will hold. */
    private List<Lesson> repositionLessons(UUID moduleId, List<Lesson> members, List<UUID> order) {
        List<Lesson> result = new ArrayList<>();
        boolean changed = false;
        for (UUID id : order) {
            Lesson current = members.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
            var next = new Lesson(id, moduleId, result.size() + 1, current.details(), current.version(),
                    current.createdAt(), current.updatedAt());
            if (!next.equals(current)) {
                changed = true;
                audit("lesson", id, AuditAction.MOVED, current, next);
            }
            result.add(next);
        }
        if (changed) {
            store.lessons().reposition(moduleId, order);
        }
        return result;
    }

    @Override
    public Optional<Lesson> findLesson(UUID lessonId) {
        Checks.required("lessonId", lessonId);
        return read(() -> store.lessons().find(lessonId));
    }

    @Override
    public List<Lesson> lessons(UUID moduleId) {
        Checks.required("moduleId", moduleId);
        return read(() -> store.lessons().listByModule(moduleId));
    }

    // skills

    @Override
    public Skill createSkill(SkillDetails details, UUID parentId) {
        Checks.required("details", details);
        return write(() -> {
            if (parentId != null) {
                skill(parentId);
            }
            Instant now = now();
            var created = new Skill(ids.next(), parentId, details, 1, now, now);
            store.skills().insert(created);
            audit("skill", created.id(), AuditAction.CREATED, null, created);
            return created;
        });
    }

    @Override
    public Skill updateSkill(UUID skillId, long expectedVersion, SkillDetails details) {
        Checks.required("details", details);
        return write(() -> {
            Skill current = skill(skillId);
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("skill", skillId, expectedVersion, current.version());
            }
            return saveSkill(current, AuditAction.UPDATED,
                    new Skill(skillId, current.parentId(), details, current.version() + 1, current.createdAt(), now()));
        });
    }

    @Override
    public Skill moveSkill(UUID skillId, UUID newParentId) {
        return write(() -> {
            Skill current = skill(skillId);
            for (UUID ancestor = newParentId; ancestor != null; ancestor = skill(ancestor).parentId()) {
                if (ancestor.equals(skillId)) {
                    throw new RuleViolationException("skill.cycle", "skill " + skillId + " cannot move under itself or its descendant");
                }
            }
            if (Objects.equals(current.parentId(), newParentId)) {
                return current;
            }
            return saveSkill(current, AuditAction.MOVED,
                    new Skill(skillId, newParentId, current.details(), current.version() + 1, current.createdAt(), now()));
        });
    }

    private Skill saveSkill(Skill current, AuditAction action, Skill next) {
        store.skills().update(next, current.version());
        audit("skill", next.id(), action, current, next);
        return next;
    }

    @Override
    public Optional<Skill> findSkill(UUID skillId) {
        Checks.required("skillId", skillId);
        return read(() -> store.skills().find(skillId));
    }

    @Override
    public List<Skill> childSkills(UUID parentId) {
        return read(() -> store.skills().children(parentId));
    }

    @Override
    public List<Skill> skillPath(UUID skillId) {
        return read(() -> {
            var path = new ArrayList<Skill>();
            var seen = new HashSet<UUID>();
            for (UUID id = skillId; id != null && seen.add(id); ) {
                Skill skill = skill(id);
                path.add(0, skill);
                id = skill.parentId();
            }
            return path;
        });
    }

    @Override
    public void linkSkill(UUID lessonId, UUID skillId) {
        write(() -> {
            lesson(lessonId);
            skill(skillId);
            if (store.lessons().skillsOf(lessonId).stream().noneMatch(s -> s.id().equals(skillId))) {
                store.lessons().linkSkill(lessonId, skillId);
                audit("lesson", lessonId, AuditAction.LINKED, null, Map.of("skillId", skillId));
            }
            return null;
        });
    }

    @Override
    public void unlinkSkill(UUID lessonId, UUID skillId) {
        write(() -> {
            lesson(lessonId);
            if (store.lessons().skillsOf(lessonId).stream().anyMatch(s -> s.id().equals(skillId))) {
                store.lessons().unlinkSkill(lessonId, skillId);
                audit("lesson", lessonId, AuditAction.UNLINKED, Map.of("skillId", skillId), null);
            }
            return null;
        });
    }

    @Override
    public List<Skill> skillsTaught(UUID lessonId) {
        Checks.required("lessonId", lessonId);
        return read(() -> store.lessons().skillsOf(lessonId));
    }

    // helpers

    private Course anyCourse(UUID id) {
        Checks.required("courseId", id);
        return store.courses().find(id).orElseThrow(() -> new NotFoundException("course", id));
    }

    private Course liveCourse(UUID id) {
        Course course = anyCourse(id);
        if (course.deleted()) {
            throw new NotFoundException("course", id);
        }
        return course;
    }

    private CourseModule module(UUID id) {
        Checks.required("moduleId", id);
        return store.modules().find(id).orElseThrow(() -> new NotFoundException("module", id));
    }

    private Lesson lesson(UUID id) {
        Checks.required("lessonId", id);
        return store.lessons().find(id).orElseThrow(() -> new NotFoundException("lesson", id));
    }

    private Skill skill(UUID id) {
        Checks.required("skillId", id);
        return store.skills().find(id).orElseThrow(() -> new NotFoundException("skill", id));
    }

    private void requireJsonObject(LessonDetails details) {
        FreeFormJson.requireObject("content", details.content(), store.json());
    }

    private static void requirePermutation(String field, List<UUID> existing, List<UUID> given) {
        if (given.size() != existing.size() || !new HashSet<>(given).equals(new HashSet<>(existing))) {
            throw new InvalidInputException(field, "must name each of the " + existing.size() + " current items exactly once");
        }
    }

    private static <T> List<UUID> idsOf(List<T> items, Function<T, UUID> id) {
        var result = new ArrayList<UUID>(items.size());
        items.forEach(item -> result.add(id.apply(item)));
        return result;
    }
}

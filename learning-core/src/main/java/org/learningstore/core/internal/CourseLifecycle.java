package org.learningstore.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseContents;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.Courses;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Existing;
import org.learningstore.core.internal.work.Versions;

/** Courses from draft to published, archived, deleted and restored; their listings and search. */
public final class CourseLifecycle {
    private static final int MAX_SEARCH_TERMS = 10;

    private final Courses courses;
    private final UnitsOfWork work;
    private final Auditor auditor;
    private final Ids ids;

    public CourseLifecycle(Courses courses, UnitsOfWork work, Auditor auditor, Ids ids) {
        this.courses = courses;
        this.work = work;
        this.auditor = auditor;
        this.ids = ids;
    }

    /** A course that is not soft-deleted; a deleted one is not found. */
    static Course live(Courses courses, UUID id) {
        Course course = Existing.of("course", id, courses::find);
        if (course.deleted()) {
            throw new NotFoundException("course", id);
        }
        return course;
    }

    Course create(CourseDetails details) {
        Checks.required("details", details);
        return work.write(() -> {
            Instant now = work.now();
            var course = new Course(ids.next(), details, CourseStatus.DRAFT, 1, now, now, null);
            courses.insert(course);
            auditor.record("course", course.id(), AuditAction.CREATED, null, course);
            return course;
        });
    }

    Course update(UUID courseId, long expectedVersion, CourseDetails details) {
        Checks.required("details", details);
        return work.write(() -> {
            Course current = live(courses, courseId);
            Versions.requireCurrent("course", courseId, expectedVersion, current.version());
            return save(current, AuditAction.UPDATED,
                    new Course(courseId, details, current.status(), current.version() + 1, current.createdAt(), work.now(), null));
        });
    }

    Course changeStatus(UUID courseId, CourseStatus target, AuditAction action) {
        return work.write(() -> {
            Course current = Existing.of("course", courseId, courses::find);
            if (current.deleted()) {
                throw new RuleViolationException("course.deleted", "course " + courseId + " is deleted; restore it first");
            }
            if (current.status() == target) {
                return current;
            }
            return save(current, action, new Course(courseId, current.details(), target,
                    current.version() + 1, current.createdAt(), work.now(), null));
        });
    }

    Course delete(UUID courseId) {
        return work.write(() -> {
            Course current = Existing.of("course", courseId, courses::find);
            if (current.deleted()) {
                return current;
            }
            Instant now = work.now();
            return save(current, AuditAction.DELETED, new Course(courseId, current.details(), current.status(),
                    current.version() + 1, current.createdAt(), now, now));
        });
    }

    Course restore(UUID courseId) {
        return work.write(() -> {
            Course current = Existing.of("course", courseId, courses::find);
            if (!current.deleted()) {
                return current;
            }
            return save(current, AuditAction.RESTORED, new Course(courseId, current.details(), current.status(),
                    current.version() + 1, current.createdAt(), work.now(), null));
        });
    }

    private Course save(Course current, AuditAction action, Course next) {
        courses.update(next, current.version());
        auditor.record("course", next.id(), action, current, next);
        return next;
    }

    Optional<Course> find(UUID courseId) {
        Checks.required("courseId", courseId);
        return work.read(() -> courses.find(courseId).filter(course -> !course.deleted()));
    }

    Optional<Course> findBySlug(String slug) {
        Checks.lookup("slug", slug);
        return work.read(() -> courses.findBySlug(slug));
    }

    Page<Course> list(CourseQuery query, PageRequest page) {
        Checks.required("query", query);
        Checks.required("page", page);
        return work.read(() -> courses.list(query, page));
    }

    CursoredPage<Course> list(CourseQuery query, CursorRequest cursor) {
        Checks.required("query", query);
        Checks.required("cursor", cursor);
        var after = cursor.after() == null ? null : CourseCursors.decode(query, cursor.after());
        List<Course> rows = work.read(() -> courses.listAfter(query, after, cursor.size() + 1));
        if (rows.size() <= cursor.size()) {
            return new CursoredPage<>(rows, Optional.empty());
        }
        List<Course> content = rows.subList(0, cursor.size());
        return new CursoredPage<>(content, Optional.of(CourseCursors.encode(query, content.get(content.size() - 1))));
    }

    List<CourseSearchHit> search(String text, int limit) {
        Checks.lookup("text", text);
        Checks.range("limit", limit, 1, PageRequest.MAX_SIZE);
        List<String> terms = searchTerms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        return work.read(() -> courses.search(terms, limit));
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

    Optional<CourseOutline> outline(UUID courseId) {
        Checks.required("courseId", courseId);
        return work.read(() -> courses.outline(courseId)).filter(outline -> !outline.course().deleted());
    }

    Optional<CourseContents> contents(UUID courseId) {
        Checks.required("courseId", courseId);
        return work.read(() -> courses.contents(courseId));
    }
}

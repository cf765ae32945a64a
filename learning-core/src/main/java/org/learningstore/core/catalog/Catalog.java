package org.learningstore.core.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/**
 * Courses, modules, lessons and skills. Every call is atomic and every change writes an
 * audit entry in the same transaction. Errors are the unchecked types of
 * {@code org.learningstore.core.error}.
 */
public interface Catalog {

    // courses

    Course createCourse(CourseDetails details);

    /** Replaces the editable fields; a stale {@code expectedVersion} is a conflict. */
    Course updateCourse(UUID courseId, long expectedVersion, CourseDetails details);

    /** Draft or archived to published. */
    Course publishCourse(UUID courseId);

    /** Draft or published to archived. */
    Course archiveCourse(UUID courseId);

    /** Soft delete: the course vanishes from every listing and lookup until restored. */
    Course deleteCourse(UUID courseId);

    Course restoreCourse(UUID courseId);

    /** A course that is not soft-deleted. */
    Optional<Course> findCourse(UUID courseId);

    Optional<Course> findCourseBySlug(String slug);

    Page<Course> listCourses(CourseQuery query, PageRequest page);

    CursoredPage<Course> listCourses(CourseQuery query, CursorRequest cursor);

    /**
     * Courses whose title, description or lesson titles contain every word of {@code text}
     * (prefix match, case-insensitive), best first; soft-deleted courses excluded.
     */
    List<CourseSearchHit> searchCourses(String text, int limit);

    /** The course, its modules and lessons in order, and their skills, in a fixed number of statements. */
    Optional<CourseOutline> outline(UUID courseId);

    /**
     * The course's table of contents (its modules and lessons in order, titles and positions), far
     * cheaper than {@link #outline}; empty for an unknown or soft-deleted course, as the outline.
     */
    Optional<CourseContents> contents(UUID courseId);

    // modules

    /** Appends the module after the course's last one. */
    CourseModule addModule(UUID courseId, ModuleDetails details);

    /** Inserts the module at {@code position} (1 = first), shifting later ones. */
    CourseModule addModule(UUID courseId, ModuleDetails details, int position);

    CourseModule updateModule(UUID moduleId, long expectedVersion, ModuleDetails details);

    /** Moves the module to {@code position} within its course; returns the course's modules in the new order. */
    List<CourseModule> moveModule(UUID moduleId, int position);

    /** Sets the order of all the course's modules at once; {@code moduleIds} must name each exactly once. */
    List<CourseModule> reorderModules(UUID courseId, List<UUID> moduleIds);

    /** Deletes the module and its lessons; later modules close the gap. */
    void removeModule(UUID moduleId);

    List<CourseModule> modules(UUID courseId);

    // lessons

    Lesson addLesson(UUID moduleId, LessonDetails details);

    Lesson addLesson(UUID moduleId, LessonDetails details, int position);

    Lesson updateLesson(UUID lessonId, long expectedVersion, LessonDetails details);

    /** Moves the lesson to {@code position} of {@code moduleId}, which must belong to the same course. */
    Lesson moveLesson(UUID lessonId, UUID moduleId, int position);

    List<Lesson> reorderLessons(UUID moduleId, List<UUID> lessonIds);

    void removeLesson(UUID lessonId);

    Optional<Lesson> findLesson(UUID lessonId);

    List<Lesson> lessons(UUID moduleId);

    // skills

    /** A new skill under {@code parentId}, or a root when it is null. */
    Skill createSkill(SkillDetails details, UUID parentId);

    Skill updateSkill(UUID skillId, long expectedVersion, SkillDetails details);

    /** Re-parents a skill; moving it under itself or one of its descendants is a rule violation. */
    Skill moveSkill(UUID skillId, UUID newParentId);

    Optional<Skill> findSkill(UUID skillId);

    /** Children of {@code parentId} by name, or the roots when it is null. */
    List<Skill> childSkills(UUID parentId);

    /** The skill's ancestors, root first, ending with the skill itself. */
    List<Skill> skillPath(UUID skillId);

    void linkSkill(UUID lessonId, UUID skillId);

    void unlinkSkill(UUID lessonId, UUID skillId);

    /** The skills a lesson teaches, by name. */
    List<Skill> skillsTaught(UUID lessonId);
}

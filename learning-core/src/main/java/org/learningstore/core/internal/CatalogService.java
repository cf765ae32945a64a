package org.learningstore.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseContents;
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
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/** The {@link Catalog} facade over its three parts: course lifecycle, course structure and the skill tree. */
public final class CatalogService implements Catalog {
    private final CourseLifecycle courses;
    private final CourseStructure structure;
    private final SkillTree skills;

    public CatalogService(CourseLifecycle courses, CourseStructure structure, SkillTree skills) {
        this.courses = courses;
        this.structure = structure;
        this.skills = skills;
    }

    // courses

    @Override
    public Course createCourse(CourseDetails details) {
        return courses.create(details);
    }

    @Override
    public Course updateCourse(UUID courseId, long expectedVersion, CourseDetails details) {
        return courses.update(courseId, expectedVersion, details);
    }

    @Override
    public Course publishCourse(UUID courseId) {
        return courses.changeStatus(courseId, CourseStatus.PUBLISHED, AuditAction.PUBLISHED);
    }

    @Override
    public Course archiveCourse(UUID courseId) {
        return courses.changeStatus(courseId, CourseStatus.ARCHIVED, AuditAction.ARCHIVED);
    }

    @Override
    public Course deleteCourse(UUID courseId) {
        return courses.delete(courseId);
    }

    @Override
    public Course restoreCourse(UUID courseId) {
        return courses.restore(courseId);
    }

    @Override
    public Optional<Course> findCourse(UUID courseId) {
        return courses.find(courseId);
    }

    @Override
    public Optional<Course> findCourseBySlug(String slug) {
        return courses.findBySlug(slug);
    }

    @Override
    public Page<Course> listCourses(CourseQuery query, PageRequest page) {
        return courses.list(query, page);
    }

    @Override
    public CursoredPage<Course> listCourses(CourseQuery query, CursorRequest cursor) {
        return courses.list(query, cursor);
    }

    @Override
    public List<CourseSearchHit> searchCourses(String text, int limit) {
        return courses.search(text, limit);
    }

    @Override
    public Optional<CourseOutline> outline(UUID courseId) {
        return courses.outline(courseId);
    }

    @Override
    public Optional<CourseContents> contents(UUID courseId) {
        return courses.contents(courseId);
    }

    // modules

    @Override
    public CourseModule addModule(UUID courseId, ModuleDetails details) {
        return structure.addModule(courseId, details, DenseOrder.END);
    }

    @Override
    public CourseModule addModule(UUID courseId, ModuleDetails details, int position) {
        return structure.addModule(courseId, details, position);
    }

    @Override
    public CourseModule updateModule(UUID moduleId, long expectedVersion, ModuleDetails details) {
        return structure.updateModule(moduleId, expectedVersion, details);
    }

    @Override
    public List<CourseModule> moveModule(UUID moduleId, int position) {
        return structure.moveModule(moduleId, position);
    }

    @Override
    public List<CourseModule> reorderModules(UUID courseId, List<UUID> moduleIds) {
        return structure.reorderModules(courseId, moduleIds);
    }

    @Override
    public void removeModule(UUID moduleId) {
        structure.removeModule(moduleId);
    }

    @Override
    public List<CourseModule> modules(UUID courseId) {
        return structure.modules(courseId);
    }

    // lessons

    @Override
    public Lesson addLesson(UUID moduleId, LessonDetails details) {
        return structure.addLesson(moduleId, details, DenseOrder.END);
    }

    @Override
    public Lesson addLesson(UUID moduleId, LessonDetails details, int position) {
        return structure.addLesson(moduleId, details, position);
    }

    @Override
    public Lesson updateLesson(UUID lessonId, long expectedVersion, LessonDetails details) {
        return structure.updateLesson(lessonId, expectedVersion, details);
    }

    @Override
    public Lesson moveLesson(UUID lessonId, UUID moduleId, int position) {
        return structure.moveLesson(lessonId, moduleId, position);
    }

    @Override
    public List<Lesson> reorderLessons(UUID moduleId, List<UUID> lessonIds) {
        return structure.reorderLessons(moduleId, lessonIds);
    }

    @Override
    public void removeLesson(UUID lessonId) {
        structure.removeLesson(lessonId);
    }

    @Override
    public Optional<Lesson> findLesson(UUID lessonId) {
        return structure.findLesson(lessonId);
    }

    @Override
    public List<Lesson> lessons(UUID moduleId) {
        return structure.lessons(moduleId);
    }

    // skills

    @Override
    public Skill createSkill(SkillDetails details, UUID parentId) {
        return skills.create(details, parentId);
    }

    @Override
    public Skill updateSkill(UUID skillId, long expectedVersion, SkillDetails details) {
        return skills.update(skillId, expectedVersion, details);
    }

    @Override
    public Skill moveSkill(UUID skillId, UUID newParentId) {
        return skills.move(skillId, newParentId);
    }

    @Override
    public Optional<Skill> findSkill(UUID skillId) {
        return skills.find(skillId);
    }

    @Override
    public List<Skill> childSkills(UUID parentId) {
        return skills.children(parentId);
    }

    @Override
    public List<Skill> skillPath(UUID skillId) {
        return skills.path(skillId);
    }

    @Override
    public void linkSkill(UUID lessonId, UUID skillId) {
        skills.link(lessonId, skillId);
    }

    @Override
    public void unlinkSkill(UUID lessonId, UUID skillId) {
        skills.unlink(lessonId, skillId);
    }

    @Override
    public List<Skill> skillsTaught(UUID lessonId) {
        return skills.taughtBy(lessonId);
    }
}

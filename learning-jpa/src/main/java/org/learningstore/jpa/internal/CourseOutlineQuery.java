package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseOutline.LessonOutline;
import org.learningstore.core.catalog.CourseOutline.ModuleOutline;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonAssessment;
import org.learningstore.core.catalog.Skill;

/**
 * A course outline in five statements whatever the course's size: the course with its tags,
 * its modules, the lessons of those modules, the skills of those lessons, and their assessments.
 */
final class CourseOutlineQuery {
    private CourseOutlineQuery() {
    }

    static Optional<CourseOutline> load(EntityManager entityManager, UUID courseId) {
        return CourseLoader.byId(entityManager, courseId).map(course -> new CourseOutline(
                CourseMapping.toRecord(course), modules(entityManager, courseId)));
    }

    private static List<ModuleOutline> modules(EntityManager entityManager, UUID courseId) {
        List<CourseModule> modules = entityManager.createQuery("select m from CourseModuleEntity m"
                        + " where m.courseId = :course order by m.position", CourseModuleEntity.class)
                .setParameter("course", courseId)
                .getResultStream()
                .map(CourseModuleMapping::toRecord)
                .toList();
        Map<UUID, List<Lesson>> lessonsByModule = lessonsByModule(entityManager, courseId);
        Map<UUID, List<Skill>> skillsByLesson = skillsByLesson(entityManager, courseId);
        Map<UUID, List<LessonAssessment>> assessmentsByLesson = assessmentsByLesson(entityManager, courseId);
        return modules.stream()
                .map(module -> new ModuleOutline(module, lessonsByModule.getOrDefault(module.id(), List.of()).stream()
                        .map(lesson -> new LessonOutline(lesson, skillsByLesson.getOrDefault(lesson.id(), List.of()),
                                assessmentsByLesson.getOrDefault(lesson.id(), List.of())))
                        .toList()))
                .toList();
    }

    private static Map<UUID, List<Lesson>> lessonsByModule(EntityManager entityManager, UUID courseId) {
        var lessons = new HashMap<UUID, List<Lesson>>();
        entityManager.createQuery("select l from LessonEntity l where l.moduleId in"
                        + " (select m.id from CourseModuleEntity m where m.courseId = :course)"
                        + " order by l.position", LessonEntity.class)
                .setParameter("course", courseId)
                .getResultStream()
                .map(LessonMapping::toRecord)
                .forEach(lesson -> lessons.computeIfAbsent(lesson.moduleId(), id -> new ArrayList<>()).add(lesson));
        return lessons;
    }

    private static Map<UUID, List<Skill>> skillsByLesson(EntityManager entityManager, UUID courseId) {
        var skills = new HashMap<UUID, List<Skill>>();
        entityManager.createQuery("select ls.lessonId, s from LessonSkillEntity ls, SkillEntity s"
                        + " where s.id = ls.skillId and ls.lessonId in"
                        + " (select l.id from LessonEntity l, CourseModuleEntity m"
                        + " where l.moduleId = m.id and m.courseId = :course)"
                        + " order by s.name, s.id", Object[].class)
                .setParameter("course", courseId)
                .getResultList()
                .forEach(row -> skills.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(SkillMapping.toRecord((SkillEntity) row[1])));
        return skills;
    }

    /** Oldest first, each with its question count. */
    private static Map<UUID, List<LessonAssessment>> assessmentsByLesson(EntityManager entityManager, UUID courseId) {
        var assessments = new HashMap<UUID, List<LessonAssessment>>();
        entityManager.createQuery("select a.lessonId, a.id, a.title, a.kind,"
                        + " (select count(q) from QuestionEntity q where q.assessmentId = a.id)"
                        + " from AssessmentEntity a where a.courseId = :course and a.lessonId is not null"
                        + " order by a.createdAt, a.id", Object[].class)
                .setParameter("course", courseId)
                .getResultList()
                .forEach(row -> assessments.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(
                        new LessonAssessment((UUID) row[1], (String) row[2], (String) row[3], ((Number) row[4]).intValue())));
        return assessments;
    }
}

package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * A course outline in four statements whatever the course's size: the course with its tags,
 * its modules, the lessons of those modules with their assessments, and the skills of those lessons.
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
        Map<UUID, List<Skill>> skillsByLesson = skillsByLesson(entityManager, courseId);
        Map<UUID, List<LessonAssessment>> assessmentsByLesson = new HashMap<>();
        Map<UUID, List<LessonOutline>> lessonsByModule = new HashMap<>();
        lessonsWithAssessments(entityManager, courseId, assessmentsByLesson).forEach(lesson -> lessonsByModule
                .computeIfAbsent(lesson.moduleId(), id -> new ArrayList<>())
                .add(new LessonOutline(lesson, skillsByLesson.getOrDefault(lesson.id(), List.of()),
                        assessmentsByLesson.get(lesson.id()))));
        return modules.stream()
                .map(module -> new ModuleOutline(module, lessonsByModule.getOrDefault(module.id(), List.of())))
                .toList();
    }

    /**
     * The course's lessons in position order, their assessments oldest first with their question
     * counts put into {@code assessmentsByLesson} (an empty list for a lesson without): one
     * statement, a lesson's row repeated for each assessment after its first.
     */
    private static Collection<Lesson> lessonsWithAssessments(EntityManager entityManager, UUID courseId,
            Map<UUID, List<LessonAssessment>> assessmentsByLesson) {
        Map<UUID, Lesson> lessons = new LinkedHashMap<>();
        entityManager.createQuery("select l, a.id, a.title, a.kind,"
                        + " (select count(q) from QuestionEntity q where q.assessmentId = a.id)"
                        + " from LessonEntity l join CourseModuleEntity m on m.id = l.moduleId"
                        + " left join AssessmentEntity a on a.lessonId = l.id and a.courseId = m.courseId"
                        + " where m.courseId = :course order by l.position, a.createdAt, a.id", Object[].class)
                .setParameter("course", courseId)
                .getResultList()
                .forEach(row -> {
                    LessonEntity entity = (LessonEntity) row[0];
                    lessons.computeIfAbsent(entity.id, id -> LessonMapping.toRecord(entity));
                    List<LessonAssessment> ofLesson = assessmentsByLesson.computeIfAbsent(entity.id, id -> new ArrayList<>());
                    if (row[1] != null) {
                        ofLesson.add(new LessonAssessment((UUID) row[1], (String) row[2], (String) row[3],
                                ((Number) row[4]).intValue()));
                    }
                });
        return lessons.values();
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
}

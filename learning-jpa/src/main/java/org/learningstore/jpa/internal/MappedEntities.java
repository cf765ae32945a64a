package org.learningstore.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The entity classes of the store (catalog, assessments, learners, then progress) and the tables they map. */
public final class MappedEntities {
    public static final List<Class<?>> CLASSES = List.of(CourseEntity.class, CourseModuleEntity.class,
            LessonEntity.class, SkillEntity.class, LessonSkillEntity.class, AuditEntryEntity.class,
            AssessmentEntity.class, QuestionEntity.class, QuestionStatsEntity.class, AttemptOverrideEntity.class,
            AttemptEntity.class, AnswerEntity.class, LearnerEntity.class, LearnerSessionEntity.class,
            CourseSeatEntity.class, EnrollmentEntity.class, LessonProgressEntity.class, SkillMasteryEntity.class,
            StudySessionEntity.class, PracticeAnswerEntity.class,
            DiscussionPostEntity.class, PostVoteEntity.class,
            NoteEntity.class, ProjectEntity.class, ProjectLikeEntity.class);
    /** Tables the store reaches with SQL of its own rather than through an entity. */
    private static final List<String> UNMAPPED_TABLES = List.of("achievement_definitions", "learner_achievements",
            "xp_entries", "learning_events");

    private MappedEntities() {
    }

    /** Every mapped table name, longest first, so a prefix match finds the most specific one. */
    static List<String> tableNames() {
        var names = new ArrayList<String>();
        CLASSES.stream().map(type -> type.getAnnotation(Table.class).name()).distinct().forEach(names::add);
        CLASSES.stream()
                .flatMap(type -> Stream.of(type.getDeclaredFields()))
                .map(field -> field.getAnnotation(CollectionTable.class))
                .filter(table -> table != null)
                .forEach(table -> names.add(table.name()));
        names.addAll(UNMAPPED_TABLES);
        names.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(names);
    }
}

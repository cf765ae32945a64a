package org.learningstore.core.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.Skill;

public interface Lessons {
    Optional<Lesson> find(UUID id);

    /** Ordered by position. */
    List<Lesson> listByModule(UUID moduleId);

    void insert(Lesson lesson);

    /** Inserts new lessons (an import's), in a fixed number of statements. */
    void insertAll(List<Lesson> lessons);

    /** Writes the editable fields, guarded on {@code expectedVersion}; module and position are left alone. */
    void update(Lesson lesson, long expectedVersion);

    /** Moves the lesson into another module at the free position 0; a reposition must follow. */
    void changeModule(UUID lessonId, UUID moduleId);

    void delete(UUID id);

    /** As {@link CourseModules#reposition}, for the lessons of one module. */
    void reposition(UUID moduleId, List<UUID> orderedIds);

    void linkSkill(UUID lessonId, UUID skillId);

    void unlinkSkill(UUID lessonId, UUID skillId);

    /** Ordered by name. */
    List<Skill> skillsOf(UUID lessonId);
}

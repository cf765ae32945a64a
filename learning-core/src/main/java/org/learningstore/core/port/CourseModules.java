package org.learningstore.core.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.CourseModule;

public interface CourseModules {
    Optional<CourseModule> find(UUID id);

    /** Ordered by position. */
    List<CourseModule> listByCourse(UUID courseId);

    void insert(CourseModule module);

    /** Inserts new modules (an import's), in a fixed number of statements. */
    void insertAll(List<CourseModule> modules);

    /** Writes the editable fields, guarded on {@code expectedVersion}; position is left alone. */
    void update(CourseModule module, long expectedVersion);

    /** Deletes the module and, by cascade, its lessons. */
    void delete(UUID id);

    /**
     * Gives the course's modules positions 1..n in the order of {@code orderedIds} in one atomic
     * step; a conflict if the course's modules are not exactly those ids.
     */
    void reposition(UUID courseId, List<UUID> orderedIds);
}

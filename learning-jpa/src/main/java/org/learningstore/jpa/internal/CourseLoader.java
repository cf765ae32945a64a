package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Course;

/** Loads courses with their tags in a fixed number of statements, however many courses. */
final class CourseLoader {
    private CourseLoader() {
    }

    /** One statement: the course joined with its tags. */
    static Optional<CourseEntity> byId(EntityManager entityManager, UUID id) {
        return entityManager.createQuery("select c from CourseEntity c left join fetch c.tags where c.id = :id",
                        CourseEntity.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** One statement: non-deleted courses of that slug joined with their tags. */
    static Optional<CourseEntity> bySlug(EntityManager entityManager, String slug) {
        return entityManager.createQuery("select c from CourseEntity c left join fetch c.tags"
                        + " where c.slug = :slug and c.deletedAt is null", CourseEntity.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** One statement: the courses of those ids, with their tags, in no particular order. */
    static Map<UUID, Course> byIds(EntityManager entityManager, Collection<UUID> ids) {
        var courses = new HashMap<UUID, Course>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select c from CourseEntity c left join fetch c.tags where c.id in :ids",
                            CourseEntity.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(entity -> courses.put(entity.id, CourseMapping.toRecord(entity)));
        }
        return courses;
    }

    /**
     * One statement for the tags of already loaded courses, never one per course: their tag
     * collections stay unloaded.
     */
    static List<Course> withTags(EntityManager entityManager, List<CourseEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        var tags = new HashMap<UUID, List<String>>();
        entityManager.createQuery("select c.id, t from CourseEntity c join c.tags t where c.id in :ids"
                        + " order by c.id, index(t)", Object[].class)
                .setParameter("ids", entities.stream().map(entity -> entity.id).toList())
                .getResultList()
                .forEach(row -> tags.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return entities.stream()
                .map(entity -> CourseMapping.toRecord(entity, tags.getOrDefault(entity.id, List.of())))
                .toList();
    }
}

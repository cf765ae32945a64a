package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.port.CourseKey;

/** The JPQL of one course listing: filters, order (id breaks ties), and an optional keyset start. */
final class CourseListingQuery {
    private final CourseQuery query;
    private final StringBuilder where = new StringBuilder("c.deletedAt is null");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    CourseListingQuery(CourseQuery query) {
        this.query = query;
        if (query.status() != null) {
            filter("c.status = :status", "status", query.status().code());
        }
        if (query.difficulty() != null) {
            filter("c.difficulty = :difficulty", "difficulty", query.difficulty().code());
        }
        if (query.discipline() != null) {
            filter("c.discipline = :discipline", "discipline", query.discipline());
        }
        if (query.tag() != null) {
            filter(":tag member of c.tags", "tag", query.tag());
        }
        if (query.featured() != null) {
            filter("c.featured = :featured", "featured", query.featured());
        }
        if (query.instructorRef() != null) {
            filter("c.instructorRef = :instructorRef", "instructorRef", query.instructorRef());
        }
    }

    /** Only courses after {@code key} in this listing's order. */
    CourseListingQuery after(CourseKey key) {
        String sort = sortPath();
        String comparison = query.descending() ? " < " : " > ";
        where.append(" and (").append(sort).append(comparison).append(":afterValue or (")
                .append(sort).append(" = :afterValue and c.id").append(comparison).append(":afterId))");
        parameters.put("afterValue", switch (query.sort()) {
            case TITLE -> key.title();
            case CREATED, UPDATED -> key.instant();
        });
        parameters.put("afterId", key.id());
        return this;
    }

    TypedQuery<CourseEntity> select(EntityManager entityManager) {
        String direction = query.descending() ? " desc" : " asc";
        return bind(entityManager.createQuery("select c from CourseEntity c where " + where
                + " order by " + sortPath() + direction + ", c.id" + direction, CourseEntity.class));
    }

    TypedQuery<Long> count(EntityManager entityManager) {
        return bind(entityManager.createQuery("select count(c) from CourseEntity c where " + where, Long.class));
    }

    private void filter(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        parameters.put(name, value);
    }

    private String sortPath() {
        return switch (query.sort()) {
            case TITLE -> "c.title";
            case CREATED -> "c.createdAt";
            case UPDATED -> "c.updatedAt";
        };
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> typed) {
        parameters.forEach(typed::setParameter);
        return typed;
    }
}

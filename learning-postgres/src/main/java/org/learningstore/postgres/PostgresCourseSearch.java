package org.learningstore.postgres;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningstore.jpa.spi.CourseSearch;

/**
 * Prefix search on the trigger-maintained {@code course_search} documents (GIN indexed), ranked
 * by {@code ts_rank}. The whole tsquery is one parameter, so no term can inject syntax; it is
 * written in the WHERE clause itself so that the planner can take the GIN index.
 */
final class PostgresCourseSearch implements CourseSearch {
    private static final String MATCHES = """
            SELECT s.course_id, ts_rank(s.document, to_tsquery('simple', ?1)) AS rank
            FROM course_search s
            JOIN courses c ON c.id = s.course_id
            WHERE s.document @@ to_tsquery('simple', ?1) AND c.deleted_at IS NULL
            ORDER BY rank DESC, s.course_id
            LIMIT ?2""";

    @Override
    public List<Match> match(EntityManager entityManager, List<String> terms, int limit) {
        String query = prefixQuery(terms);
        if (query.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery(MATCHES, Object[].class)
                .setParameter(1, query)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new Match((UUID) row[0], ((Number) row[1]).doubleValue()))
                .toList();
    }

    /** {@code term:*} for each term, letters and digits only, joined with {@code &}. */
    static String prefixQuery(List<String> terms) {
        return terms.stream()
                .map(term -> term.replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(term -> !term.isEmpty())
                .map(term -> term + ":*")
                .collect(Collectors.joining(" & "));
    }
}

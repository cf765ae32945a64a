package org.learningstore.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSort;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.port.CourseKey;

/** Opaque keyset cursors: the query's order and the last course's sort value and id. */
final class CourseCursors {
    private CourseCursors() {
    }

    static String encode(CourseQuery query, Course last) {
        String value = switch (query.sort()) {
            case TITLE -> last.title();
            case CREATED -> last.createdAt().toString();
            case UPDATED -> last.updatedAt().toString();
        };
        String raw = query.sort().name() + "|" + query.descending() + "|" + last.id() + "|" + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static CourseKey decode(CourseQuery query, String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length == 4 && CourseSort.valueOf(parts[0]) == query.sort()
                    && Boolean.parseBoolean(parts[1]) == query.descending()) {
                UUID id = UUID.fromString(parts[2]);
                return query.sort() == CourseSort.TITLE
                        ? new CourseKey(Checks.wellFormed("cursor", parts[3]), null, id)
                        : new CourseKey(null, Checks.instant("cursor", Instant.parse(parts[3])), id);
            }
        } catch (RuntimeException malformed) {
            // reported below
        }
        throw new InvalidInputException("cursor", "is not a cursor of this query's order");
    }
}

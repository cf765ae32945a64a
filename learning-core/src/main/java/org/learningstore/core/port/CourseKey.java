package org.learningstore.core.port;

import java.time.Instant;
import java.util.UUID;

/** The position of a course in a keyset listing: its sort value (title or instant) and id. */
public record CourseKey(String title, Instant instant, UUID id) {
}

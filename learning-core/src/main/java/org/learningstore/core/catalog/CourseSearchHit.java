package org.learningstore.core.catalog;

/**
 * A search result. {@code rank} orders hits (higher is better) within one result list;
 * its scale depends on the backend and is not comparable across backends.
 */
public record CourseSearchHit(Course course, double rank) {
}

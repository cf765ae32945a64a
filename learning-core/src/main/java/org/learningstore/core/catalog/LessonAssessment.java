package org.learningstore.core.catalog;

import java.util.UUID;

/**
 * An assessment of a lesson as its course outline lists it. {@code kind} is the assessment kind's
 * code (such as {@code "quiz"}); {@code questionCount} counts its questions now.
 */
public record LessonAssessment(UUID id, String title, String kind, int questionCount) {
}

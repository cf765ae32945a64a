package org.learningstore.core.engagement;

/** The append-only stream of learning events. */
public interface LearningEvents {
}

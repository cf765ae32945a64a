package org.learningstore.core.engagement;

/** Achievement definitions and what learners earned. */
public interface Achievements {
}

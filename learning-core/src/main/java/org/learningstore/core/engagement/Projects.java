package org.learningstore.core.engagement;

/** Learners' portfolio projects and the public gallery. */
public interface Projects {
}

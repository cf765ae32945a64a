package org.learningstore.core.engagement;

/** Learners' notes on lessons. */
public interface Notes {
}

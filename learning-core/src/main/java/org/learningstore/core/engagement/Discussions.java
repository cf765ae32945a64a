package org.learningstore.core.engagement;

/** Course discussions: threads of posts, questions and accepted answers, votes. */
public interface Discussions {
}

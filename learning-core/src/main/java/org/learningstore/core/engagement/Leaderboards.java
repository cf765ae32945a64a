package org.learningstore.core.engagement;

/** Rankings by XP, global or per course, all time or since an instant. */
public interface Leaderboards {
}

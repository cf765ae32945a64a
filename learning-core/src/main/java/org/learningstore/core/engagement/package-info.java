/**
 * Achievements, XP, leaderboards, learning events, notes, discussions and projects: the records
 * and the {@link org.learningstore.core.engagement.Engagement} part of the facade.
 */
package org.learningstore.core.engagement;

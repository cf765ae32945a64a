/**
 * Enrollments, lesson progress, skill mastery and study sessions: the records and the {@link org.learningstore.core.progress.Progress} part of the facade.
 */
package org.learningstore.core.progress;

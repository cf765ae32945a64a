/**
 * Learners and their sessions: the records and the {@link org.learningstore.core.learner.Learners} part of the facade.
 */
package org.learningstore.core.learner;

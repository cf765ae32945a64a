/**
 * What the store holds about one learner, exported as one JSON document and erased in one
 * transaction; the {@link org.learningstore.core.privacy.Privacy} part of the facade.
 */
package org.learningstore.core.privacy;

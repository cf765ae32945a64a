/**
 * Not API: the learner merge policy and the records it moves. May change in any release.
 */
package org.learningstore.core.internal.merge;

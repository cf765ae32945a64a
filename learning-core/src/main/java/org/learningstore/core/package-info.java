/**
 * The facade a host app holds ({@link org.learningstore.core.LearningStore}), its options and the statement listener.
 */
package org.learningstore.core;

/**
 * What a JPA backend module provides in its own dialect (search, grading reads, learner history).
 */
package org.learningstore.jpa.spi;

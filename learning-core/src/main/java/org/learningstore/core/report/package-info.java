/**
 * Reports over the stored history: course performance, assessment statistics and growth; the
 * {@link org.learningstore.core.report.Reports} part of the facade. Each report is a fixed number
 * of statements whatever the data size, and gives the same figures on every backend.
 */
package org.learningstore.core.report;

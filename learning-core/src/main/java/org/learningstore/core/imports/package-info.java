/**
 * The bulk import of learners' history (enrollments, submitted attempts with their answers, completed
 * lessons) and of whole courses (modules, lessons, assessments, questions): the records and the
 * {@link org.learningstore.core.imports.Imports} part of the facade.
 */
package org.learningstore.core.imports;

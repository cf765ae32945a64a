/**
 * Assessments, questions, attempts and answers: the records and the {@link org.learningstore.core.assessment.Assessments} part of the facade.
 */
package org.learningstore.core.assessment;

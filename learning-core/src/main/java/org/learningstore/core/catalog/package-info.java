/**
 * Courses, modules, lessons and skills: the records and the {@link org.learningstore.core.catalog.Catalog} part of the facade.
 */
package org.learningstore.core.catalog;

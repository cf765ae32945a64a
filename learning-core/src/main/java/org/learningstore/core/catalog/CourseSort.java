package org.learningstore.core.catalog;

/** Orders of a course listing; ties are broken by id so pages never overlap. */
public enum CourseSort {
    TITLE, CREATED, UPDATED
}

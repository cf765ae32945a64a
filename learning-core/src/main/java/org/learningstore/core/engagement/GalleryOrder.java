package org.learningstore.core.engagement;

/** The order of the public gallery. */
public enum GalleryOrder {
    /** Newest first. */
    NEWEST,
    /** Featured projects first, each part newest first. */
    FEATURED
}

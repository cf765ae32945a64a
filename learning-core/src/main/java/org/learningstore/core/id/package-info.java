/**
 * Time-ordered UUIDv7 ids, made by the library.
 */
package org.learningstore.core.id;

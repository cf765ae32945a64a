/**
 * The audit trail: one entry per change made through the library.
 */
package org.learningstore.core.audit;

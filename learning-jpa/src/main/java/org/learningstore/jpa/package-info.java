/**
 * Jakarta Persistence implementations of the core ports, for a backend module (such as learning-postgres) to assemble.
 */
package org.learningstore.jpa;

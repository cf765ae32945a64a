/**
 * The benchmark program of the workload.
 */
package org.learningstore.examples.bench;

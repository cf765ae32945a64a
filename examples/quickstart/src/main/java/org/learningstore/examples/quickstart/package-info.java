/**
 * The command-line tour of the library.
 */
package org.learningstore.examples.quickstart;

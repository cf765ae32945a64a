/**
 * The JSON codec the backend modules share (Jackson), for backend authors.
 */
package org.learningstore.json;

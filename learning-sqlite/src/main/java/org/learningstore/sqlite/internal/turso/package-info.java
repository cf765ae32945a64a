/**
 * Not API: a small client for the libSQL /v2/pipeline protocol.
 */
package org.learningstore.sqlite.internal.turso;

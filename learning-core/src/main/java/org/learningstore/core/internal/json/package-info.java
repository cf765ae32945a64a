/**
 * Not API: the free-form JSON rule and audit snapshots. May change in any release.
 */
package org.learningstore.core.internal.json;

/**
 * The typed, unchecked errors every call may throw; no driver exception ever reaches the host.
 */
package org.learningstore.core.error;

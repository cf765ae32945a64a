/**
 * The ports a backend module implements: what the services store and fetch. For backend authors, not host apps.
 */
package org.learningstore.core.port;

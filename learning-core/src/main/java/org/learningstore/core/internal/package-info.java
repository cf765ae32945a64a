/**
 * Not API: the services that hold the rules behind the facade. May change in any release.
 */
package org.learningstore.core.internal;

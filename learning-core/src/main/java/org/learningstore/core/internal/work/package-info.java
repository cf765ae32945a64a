/**
 * Not API: units of work and the time, which every service uses. May change in any release.
 */
package org.learningstore.core.internal.work;

/**
 * Not API: the engagement services and the rewards hook. May change in any release.
 */
package org.learningstore.core.internal.engagement;

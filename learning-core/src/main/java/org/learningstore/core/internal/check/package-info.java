/**
 * Not API: input checks shared by the services.
 */
package org.learningstore.core.internal.check;

/**
 * Not API: entities, mappings and JPQL behind the ports. May change in any release.
 */
package org.learningstore.jpa.internal;

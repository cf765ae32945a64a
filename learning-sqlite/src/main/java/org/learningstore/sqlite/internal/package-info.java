/**
 * Not API: the SQL, the executors and the migrators behind the ports. May change in any release.
 */
package org.learningstore.sqlite.internal;

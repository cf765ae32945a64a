/**
 * Offset and keyset (cursor) pages, named after Jakarta Data's.
 */
package org.learningstore.core.paging;

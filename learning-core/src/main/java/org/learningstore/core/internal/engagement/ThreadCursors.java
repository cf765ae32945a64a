package org.learningstore.core.internal.engagement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ThreadSort;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.port.DiscussionPosts.PostKey;

/** Opaque keyset cursors of thread listings: the order, and the last thread's sort value and id. */
final class ThreadCursors {
    private ThreadCursors() {
    }

    static String encode(ThreadSort sort, Post last) {
        String value = sort == ThreadSort.VOTES ? Integer.toString(last.voteCount()) : last.createdAt().toString();
        String raw = sort.name() + "|" + last.id() + "|" + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PostKey decode(ThreadSort sort, String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length == 3 && ThreadSort.valueOf(parts[0]) == sort) {
                UUID id = UUID.fromString(parts[1]);
                return sort == ThreadSort.VOTES
                        ? new PostKey(null, Integer.parseInt(parts[2]), id)
                        : new PostKey(Instant.parse(parts[2]), 0, id);
            }
        } catch (RuntimeException malformed) {
            // reported below
        }
        throw new InvalidInputException("cursor", "is not a cursor of this query's order");
    }
}

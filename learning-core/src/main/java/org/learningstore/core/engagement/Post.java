package org.learningstore.core.engagement;

import java.time.Instant;
import java.util.UUID;

/**
 * A post of a course discussion. A root post ({@code parentId} null) opens a thread, has a title
 * and may be a question; a reply has no title. A deleted post reads with its title and body
 * hidden (null) but keeps its place in the thread.
 *
 * @param authorId null once the author is erased
 * @param rootId the thread's root post; its own id for a root
 * @param depth 0 for a root, its parent's plus one for a reply
 * @param acceptedAnswerId on a question, the reply its author accepted as the answer
 * @param voteCount the sum of the post's votes (up +1, down -1)
 * @param replyCount the number of direct replies
 */
public record Post(
        UUID id,
        UUID courseId,
        UUID lessonId,
        UUID authorId,
        UUID rootId,
        UUID parentId,
        int depth,
        String title,
        String body,
        boolean question,
        UUID acceptedAnswerId,
        int voteCount,
        int replyCount,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    public boolean isRoot() {
        return parentId == null;
    }

    /** A question whose author accepted an answer. */
    public boolean answered() {
        return acceptedAnswerId != null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}

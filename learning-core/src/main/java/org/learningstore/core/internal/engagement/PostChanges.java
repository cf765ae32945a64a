package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.util.UUID;
import org.learningstore.core.engagement.Post;

/** The post after each kind of change, and how it reads: every post a service makes from another comes from here. */
final class PostChanges {
    private PostChanges() {
    }

    /** New text, by its author; the version moves by one. */
    static Post edited(Post post, String title, String body, Instant at) {
        return changed(post, title, body, post.acceptedAnswerId(), at, post.deletedAt());
    }

    static Post answered(Post question, UUID answerId, Instant at) {
        return changed(question, question.title(), question.body(), answerId, at, question.deletedAt());
    }

    /** Deleted at {@code at}, or restored when {@code deletedAt} is null. */
    static Post moderated(Post post, Instant at, Instant deletedAt) {
        return changed(post, post.title(), post.body(), post.acceptedAnswerId(), at, deletedAt);
    }

    /** How a post reads: a deleted one keeps its place but not its title and body. */
    static Post shown(Post post) {
        if (!post.deleted()) {
            return post;
        }
        return new Post(post.id(), post.courseId(), post.lessonId(), post.authorId(), post.rootId(), post.parentId(),
                post.depth(), null, null, post.question(), post.acceptedAnswerId(), post.voteCount(), post.replyCount(),
                post.version(), post.createdAt(), post.updatedAt(), post.deletedAt());
    }

    private static Post changed(Post post, String title, String body, UUID acceptedAnswerId, Instant at, Instant deletedAt) {
        return new Post(post.id(), post.courseId(), post.lessonId(), post.authorId(), post.rootId(), post.parentId(),
                post.depth(), title, body, post.question(), acceptedAnswerId, post.voteCount(), post.replyCount(),
                post.version() + 1, post.createdAt(), at, deletedAt);
    }
}

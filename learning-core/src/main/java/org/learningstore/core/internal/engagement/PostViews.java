package org.learningstore.core.internal.engagement;

import org.learningstore.core.engagement.Post;

/** How a post reads: a deleted one keeps its place but not its title and body. */
final class PostViews {
    private PostViews() {
    }

    static Post shown(Post post) {
        if (!post.deleted()) {
            return post;
        }
        return new Post(post.id(), post.courseId(), post.lessonId(), post.authorId(), post.rootId(), post.parentId(),
                post.depth(), null, null, post.question(), post.acceptedAnswerId(), post.voteCount(), post.replyCount(),
                post.version(), post.createdAt(), post.updatedAt(), post.deletedAt());
    }
}

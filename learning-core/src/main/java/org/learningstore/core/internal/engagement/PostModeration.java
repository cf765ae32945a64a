package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.port.DiscussionPosts;

/**
 * The host's moderator (the store's actor) deleting and restoring posts. The audit entry names
 * the post, its author and the delete time, never the post's text.
 */
public final class PostModeration {
    static final String AUDITED_ENTITY = "discussion_post";

    private final UnitsOfWork units;
    private final Auditor auditor;
    private final DiscussionPosts posts;

    public PostModeration(UnitsOfWork units, Auditor auditor, DiscussionPosts posts) {
        this.units = units;
        this.auditor = auditor;
        this.posts = posts;
    }

    /** What the audit log keeps of a post. */
    public record Moderated(UUID id, UUID rootId, UUID authorId, Instant deletedAt) {
        static Moderated of(Post post) {
            return new Moderated(post.id(), post.rootId(), post.authorId(), post.deletedAt());
        }
    }

    Post delete(UUID postId) {
        return moderate(postId, AuditAction.DELETED, true);
    }

    Post restore(UUID postId) {
        return moderate(postId, AuditAction.RESTORED, false);
    }

    private Post moderate(UUID postId, AuditAction action, boolean delete) {
        Checks.required("postId", postId);
        return units.write(() -> {
            Post post = posts.find(List.of(postId)).stream().findFirst().orElseThrow(() -> new NotFoundException("post", postId));
            if (post.deleted() == delete) {
                return PostChanges.shown(post);
            }
            Instant now = units.now();
            Post changed = PostChanges.moderated(post, now, delete ? now : null);
            posts.update(changed, post.version());
            auditor.record(AUDITED_ENTITY, postId, action, Moderated.of(post), Moderated.of(changed));
            return PostChanges.shown(changed);
        });
    }
}

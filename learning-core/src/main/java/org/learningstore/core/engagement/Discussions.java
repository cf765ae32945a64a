package org.learningstore.core.engagement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;

/**
 * Course discussions: threads of posts of any depth, questions and accepted answers, votes, and
 * moderation by the store's actor ({@code store.actingAs(moderator)}), which is audited.
 */
public interface Discussions {
    /** Opens a thread on a live course (and, if the details name one, on one of its lessons) by a live learner. */
    Post startThread(UUID courseId, UUID authorId, ThreadDetails details);

    /** Replies to any post of a thread that is not deleted; replies have no title. */
    Post reply(UUID parentId, UUID authorId, String body);

    /**
     * Changes a post's title (roots only; null for a reply) and body: only its author may, on the
     * version last read; the version moves by one.
     */
    Post edit(UUID postId, UUID authorId, String title, String body, long expectedVersion);

    /**
     * The question's author accepts one reply of its thread as the answer; the question is then
     * answered. Accepting the accepted reply again changes nothing. Returns the question.
     */
    Post acceptAnswer(UUID questionId, UUID replyId, UUID learnerId);

    /** Votes on a post, or changes the voter's vote; one vote per voter and post. */
    void vote(UUID postId, UUID voterId, VoteDirection direction);

    /** Takes the voter's vote back; nothing happens if there is none. */
    void withdrawVote(UUID postId, UUID voterId);

    Optional<Post> post(UUID postId);

    /** The whole thread the post belongs to, root first, each reply after its parent, siblings oldest first. */
    List<Post> thread(UUID postId);

    /** A course's threads (deleted ones left out) in keyset pages. */
    CursoredPage<Post> threads(ThreadQuery query, CursorRequest page);

    /** Moderation: soft-deletes a post, keeping its place in the thread; audited. A no-op when deleted already. */
    Post delete(UUID postId);

    /** Moderation: brings a deleted post back; audited. A no-op when not deleted. */
    Post restore(UUID postId);
}

package org.learningstore.core.internal.engagement;

import java.util.Objects;
import java.util.UUID;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.error.RuleViolationException;

/** Who may do what to a post: pure checks, each refusal a rule code. */
final class DiscussionRules {
    private DiscussionRules() {
    }

    static void requireNotDeleted(Post post) {
        if (post.deleted()) {
            throw new RuleViolationException("post.deleted", "the post is deleted");
        }
    }

    static void requireAuthor(Post post, UUID learnerId) {
        if (!Objects.equals(post.authorId(), learnerId)) {
            throw new RuleViolationException("post.not_author", "only the post's author may change it");
        }
    }

    /** Votes are what others think of a post: its author's own would only inflate it. */
    static void requireNotOwnPost(Post post, UUID voterId) {
        if (Objects.equals(post.authorId(), voterId)) {
            throw new RuleViolationException("post.own_vote", "a learner cannot vote on their own post");
        }
    }

    /**
     * Whether accepting {@code reply} on {@code question} changes anything: false when it is the
     * accepted answer already; a refusal when the rules forbid it.
     */
    static boolean acceptanceChanges(Post question, Post reply, UUID learnerId) {
        if (!question.isRoot() || !question.question()) {
            throw new RuleViolationException("post.not_a_question", "only a question has an accepted answer");
        }
        if (!Objects.equals(question.authorId(), learnerId)) {
            throw new RuleViolationException("post.not_question_author", "only the question's author accepts an answer");
        }
        if (reply.isRoot() || !reply.rootId().equals(question.id())) {
            throw new RuleViolationException("post.not_in_thread", "the answer must be a reply in the question's thread");
        }
        if (reply.id().equals(question.acceptedAnswerId())) {
            return false;
        }
        requireNotDeleted(question);
        requireNotDeleted(reply);
        if (Objects.equals(reply.authorId(), learnerId)) {
            throw new RuleViolationException("post.own_answer", "a learner cannot accept their own reply");
        }
        if (question.answered()) {
            throw new RuleViolationException("post.already_answered", "the question has an accepted answer already");
        }
        return true;
    }
}

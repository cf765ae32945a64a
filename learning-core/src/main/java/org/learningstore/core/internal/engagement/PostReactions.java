package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.VoteDirection;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.port.DiscussionPosts.PostAndLearner;
import org.learningstore.core.port.DiscussionPosts;

/**
 * What others do to a post: accepting it as the answer and voting on it. The vote count moves by
 * a delta computed here from the vote read, beside a vote write guarded on that same vote, so it
 * equals the sum of the votes under any concurrency.
 */
public final class PostReactions {
    private static final Set<Class<? extends EngagementEvent>> ACCEPTED = Set.of(EngagementEvent.AnswerAccepted.class);
    private static final Set<Class<? extends EngagementEvent>> VOTED = Set.of(EngagementEvent.VoteCast.class);

    private final UnitsOfWork units;
    private final DiscussionPosts posts;
    private final Rewards rewards;

    public PostReactions(UnitsOfWork units, DiscussionPosts posts, Rewards rewards) {
        this.units = units;
        this.posts = posts;
        this.rewards = rewards;
    }

    Post acceptAnswer(UUID questionId, UUID replyId, UUID learnerId) {
        Checks.required("questionId", questionId);
        Checks.required("replyId", replyId);
        Checks.required("learnerId", learnerId);
        return units.write(() -> {
            Map<UUID, Post> found = posts.find(List.of(questionId, replyId)).stream()
                    .collect(Collectors.toMap(Post::id, Function.identity()));
            Post question = existing(found, questionId);
            Post reply = existing(found, replyId);
            if (!DiscussionRules.acceptanceChanges(question, reply, learnerId)) {
                return PostChanges.shown(question);
            }
            UUID replyAuthor = reply.authorId();
            Rewards.Before before = replyAuthor == null ? null : rewards.read(Set.of(replyAuthor), ACCEPTED);
            Instant now = units.now();
            Post answered = PostChanges.answered(question, reply.id(), now);
            posts.update(answered, question.version());
            if (replyAuthor != null) {
                rewards.apply(before, List.of(new EngagementEvent.AnswerAccepted(replyAuthor, reply.id(), reply.courseId())), now);
            }
            return answered;
        });
    }

    void vote(UUID postId, UUID voterId, VoteDirection direction) {
        Checks.required("direction", direction);
        changeVote(postId, voterId, direction.value());
    }

    void withdrawVote(UUID postId, UUID voterId) {
        changeVote(postId, voterId, 0);
    }

    private void changeVote(UUID postId, UUID voterId, int to) {
        Checks.required("postId", postId);
        Checks.required("voterId", voterId);
        units.write(() -> {
            PostAndLearner found = posts.lockWithLearner(postId, voterId).orElseThrow(() -> new NotFoundException("post", postId));
            if (!found.learnerLive()) {
                throw new NotFoundException("learner", voterId);
            }
            VoteChange change = new VoteChange(found.vote(), to);
            if (!change.changes()) {
                return null;
            }
            Post post = found.post();
            DiscussionRules.requireNotDeleted(post);
            DiscussionRules.requireNotOwnPost(post, voterId);
            UUID author = post.authorId();
            Rewards.Before before = author == null ? null : rewards.read(Set.of(author), VOTED);
            Instant now = units.now();
            if (change.from() == 0) {
                posts.insertVote(postId, voterId, to, now);
            } else if (to == 0) {
                posts.deleteVote(postId, voterId, change.from());
            } else {
                posts.changeVote(postId, voterId, change.from(), to, now);
            }
            posts.moveVoteCount(postId, change.countDelta());
            if (author != null) {
                rewards.apply(before, List.of(new EngagementEvent.VoteCast(author, postId, post.courseId(), change.upvotesDelta())), now);
            }
            return null;
        });
    }

    private static Post existing(Map<UUID, Post> found, UUID id) {
        Post post = found.get(id);
        if (post == null) {
            throw new NotFoundException("post", id);
        }
        return post;
    }
}

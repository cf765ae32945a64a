package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ThreadSort;

/**
 * Discussion posts and their votes. Every read is one statement (one round trip on Turso) except
 * where noted; posts come back as stored, deleted ones with their text.
 */
public interface DiscussionPosts {
    /** Where a thread would go: the course and lesson asked for, and the author, in one read. */
    PostingPlace place(UUID courseId, UUID lessonId, UUID authorId);

    /** The post with its thread path, whether {@code learnerId} is a live learner, and that learner's vote on it. */
    Optional<PostAndLearner> findWithLearner(UUID postId, UUID learnerId);

    /**
     * {@link #findWithLearner}, for a change to the post's votes: a backend with row locks locks the
     * post first, so concurrent votes on it are read one after another.
     */
    Optional<PostAndLearner> lockWithLearner(UUID postId, UUID learnerId);

    /** The posts among {@code ids} that exist, in any order. */
    List<Post> find(List<UUID> ids);

    /** The whole thread of the post, in path order, in one statement whatever its depth; empty if there is no such post. */
    List<Post> thread(UUID postId);

    /** Live root posts of a course (of one lesson if not null), in the sort's order, after {@code after} if not null. */
    List<Post> threads(UUID courseId, UUID lessonId, ThreadSort sort, PostKey after, int limit);

    /** @param path the ids from the root down to the post, each canonical, '/' between */
    void insert(Post post, String path);

    /** One more direct reply on the post. */
    void countReply(UUID postId);

    /**
     * Writes the post's title, body, accepted answer, update and delete times and version, if the
     * stored version is still {@code expectedVersion}; else a concurrent change.
     */
    void update(Post post, long expectedVersion);

    /** A first vote; a concurrent first vote of the same voter is a concurrent change. */
    void insertVote(UUID postId, UUID voterId, int value, Instant at);

    /** Changes the vote if it is still {@code from}; else a concurrent change. */
    void changeVote(UUID postId, UUID voterId, int from, int to, Instant at);

    /** Removes the vote if it is still {@code from}; else a concurrent change. */
    void deleteVote(UUID postId, UUID voterId, int from);

    /** Adds {@code delta} to the post's vote count in one statement. */
    void moveVoteCount(UUID postId, int delta);

    /** A post read with what a change by one learner needs. */
    record PostAndLearner(Post post, String path, boolean learnerLive, int vote) {
    }

    /**
     * @param courseLive the course exists and is not deleted
     * @param lessonCourseId the course of the lesson asked for; null if none was asked for or it does not exist
     * @param authorLive the author is a learner not deleted
     */
    record PostingPlace(boolean courseLive, UUID lessonCourseId, boolean authorLive) {
    }

    /** A thread's place in a keyset listing: its vote count or creation time (by the sort) and id. */
    record PostKey(Instant createdAt, int voteCount, UUID id) {
    }
}

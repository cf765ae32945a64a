package org.learningstore.core.internal.engagement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Discussions;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ThreadDetails;
import org.learningstore.core.engagement.ThreadQuery;
import org.learningstore.core.engagement.VoteDirection;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;

/** The discussions facade over its services. */
public final class DiscussionService implements Discussions {
    private final PostWriting writing;
    private final PostReactions reactions;
    private final ThreadReading reading;
    private final PostModeration moderation;

    public DiscussionService(PostWriting writing, PostReactions reactions, ThreadReading reading, PostModeration moderation) {
        this.writing = writing;
        this.reactions = reactions;
        this.reading = reading;
        this.moderation = moderation;
    }

    @Override
    public Post startThread(UUID courseId, UUID authorId, ThreadDetails details) {
        return writing.startThread(courseId, authorId, details);
    }

    @Override
    public Post reply(UUID parentId, UUID authorId, String body) {
        return writing.reply(parentId, authorId, body);
    }

    @Override
    public Post edit(UUID postId, UUID authorId, String title, String body, long expectedVersion) {
        return writing.edit(postId, authorId, title, body, expectedVersion);
    }

    @Override
    public Post acceptAnswer(UUID questionId, UUID replyId, UUID learnerId) {
        return reactions.acceptAnswer(questionId, replyId, learnerId);
    }

    @Override
    public void vote(UUID postId, UUID voterId, VoteDirection direction) {
        reactions.vote(postId, voterId, direction);
    }

    @Override
    public void withdrawVote(UUID postId, UUID voterId) {
        reactions.withdrawVote(postId, voterId);
    }

    @Override
    public Optional<Post> post(UUID postId) {
        return reading.post(postId);
    }

    @Override
    public List<Post> thread(UUID postId) {
        return reading.thread(postId);
    }

    @Override
    public CursoredPage<Post> threads(ThreadQuery query, CursorRequest page) {
        return reading.threads(query, page);
    }

    @Override
    public Post delete(UUID postId) {
        return moderation.delete(postId);
    }

    @Override
    public Post restore(UUID postId) {
        return moderation.restore(postId);
    }
}

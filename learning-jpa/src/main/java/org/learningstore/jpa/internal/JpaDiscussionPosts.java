package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ThreadSort;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.port.DiscussionPosts;

/**
 * Discussion posts and votes over {@link DiscussionPostEntity} and {@link PostVoteEntity}. A thread
 * is one query by root id in path order (PostgreSQL compares the path with {@code COLLATE "C"}).
 * Counters move by bulk deltas; a vote change first locks the post row, so concurrent votes on a
 * post read the voter's vote one after another.
 */
public final class JpaDiscussionPosts implements DiscussionPosts {
    private static final String LIVE_ROOTS = "select p from DiscussionPostEntity p where p.courseId = :course"
            + " and p.parentId is null and p.deletedAt is null";

    private final CurrentEntityManager current;

    public JpaDiscussionPosts(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public PostingPlace place(UUID courseId, UUID lessonId, UUID authorId) {
        EntityManager entityManager = current.get();
        boolean courseLive = !entityManager.createQuery("select c.id from CourseEntity c where c.id = :id and c.deletedAt is null",
                UUID.class).setParameter("id", courseId).getResultList().isEmpty();
        UUID lessonCourseId = lessonId == null ? null : entityManager.createQuery("select m.courseId from LessonEntity l,"
                        + " CourseModuleEntity m where m.id = l.moduleId and l.id = :id", UUID.class)
                .setParameter("id", lessonId).getResultStream().findFirst().orElse(null);
        return new PostingPlace(courseLive, lessonCourseId, learnerLive(authorId));
    }

    @Override
    public Optional<PostAndLearner> findWithLearner(UUID postId, UUID learnerId) {
        return withLearner(current.get().find(DiscussionPostEntity.class, postId), learnerId);
    }

    @Override
    public Optional<PostAndLearner> lockWithLearner(UUID postId, UUID learnerId) {
        return withLearner(current.get().find(DiscussionPostEntity.class, postId, LockModeType.PESSIMISTIC_WRITE), learnerId);
    }

    private Optional<PostAndLearner> withLearner(DiscussionPostEntity entity, UUID learnerId) {
        if (entity == null) {
            return Optional.empty();
        }
        int vote = current.get().createQuery("select v.value from PostVoteEntity v where v.postId = :post and v.voterId = :voter",
                        Integer.class)
                .setParameter("post", entity.id).setParameter("voter", learnerId)
                .getResultStream().findFirst().orElse(0);
        return Optional.of(new PostAndLearner(toRecord(entity), entity.path, learnerLive(learnerId), vote));
    }

    private boolean learnerLive(UUID learnerId) {
        return !current.get().createQuery("select l.id from LearnerEntity l where l.id = :id and l.deletedAt is null", UUID.class)
                .setParameter("id", learnerId).getResultList().isEmpty();
    }

    @Override
    public List<Post> find(List<UUID> ids) {
        return current.get().createQuery("select p from DiscussionPostEntity p where p.id in :ids", DiscussionPostEntity.class)
                .setParameter("ids", ids)
                .getResultStream().map(JpaDiscussionPosts::toRecord).toList();
    }

    /** On discussion_posts_thread_idx (root_id, path). */
    @Override
    public List<Post> thread(UUID postId) {
        return current.get().createQuery("select p from DiscussionPostEntity p where p.rootId ="
                        + " (select q.rootId from DiscussionPostEntity q where q.id = :id) order by p.path", DiscussionPostEntity.class)
                .setParameter("id", postId)
                .getResultStream().map(JpaDiscussionPosts::toRecord).toList();
    }

    /** On discussion_posts_threads_idx or discussion_posts_threads_by_votes_idx, read backwards. */
    @Override
    public List<Post> threads(UUID courseId, UUID lessonId, ThreadSort sort, PostKey after, int limit) {
        boolean byVotes = sort == ThreadSort.VOTES;
        String column = byVotes ? "p.voteCount" : "p.createdAt";
        String lesson = lessonId == null ? "" : " and p.lessonId = :lesson";
        String keyset = after == null ? "" : " and (" + column + " < :value or (" + column + " = :value and p.id < :after))";
        TypedQuery<DiscussionPostEntity> query = current.get()
                .createQuery(LIVE_ROOTS + lesson + keyset + " order by " + column + " desc, p.id desc", DiscussionPostEntity.class)
                .setParameter("course", courseId)
                .setMaxResults(limit);
        if (lessonId != null) {
            query.setParameter("lesson", lessonId);
        }
        if (after != null) {
            query.setParameter("value", byVotes ? (Object) after.voteCount() : after.createdAt()).setParameter("after", after.id());
        }
        return query.getResultStream().map(JpaDiscussionPosts::toRecord).toList();
    }

    @Override
    public void insert(Post post, String path) {
        var entity = new DiscussionPostEntity();
        entity.id = post.id();
        entity.courseId = post.courseId();
        entity.lessonId = post.lessonId();
        entity.authorId = post.authorId();
        entity.rootId = post.rootId();
        entity.parentId = post.parentId();
        entity.path = path;
        entity.depth = post.depth();
        entity.title = post.title();
        entity.body = post.body();
        entity.question = post.question();
        entity.acceptedAnswerId = post.acceptedAnswerId();
        entity.voteCount = post.voteCount();
        entity.replyCount = post.replyCount();
        entity.version = post.version();
        entity.createdAt = post.createdAt();
        entity.updatedAt = post.updatedAt();
        entity.deletedAt = post.deletedAt();
        current.get().persist(entity);
    }

    @Override
    public void countReply(UUID postId) {
        current.get().createQuery("update DiscussionPostEntity p set p.replyCount = p.replyCount + 1 where p.id = :id")
                .setParameter("id", postId)
                .executeUpdate();
    }

    @Override
    public void update(Post post, long expectedVersion) {
        int changed = current.get().createQuery("update DiscussionPostEntity p set p.title = :title, p.body = :body,"
                        + " p.acceptedAnswerId = :accepted, p.updatedAt = :updated, p.deletedAt = :deleted, p.version = :version"
                        + " where p.id = :id and p.version = :expected")
                .setParameter("title", post.title())
                .setParameter("body", post.body())
                .setParameter("accepted", post.acceptedAnswerId())
                .setParameter("updated", post.updatedAt())
                .setParameter("deleted", post.deletedAt())
                .setParameter("version", post.version())
                .setParameter("id", post.id())
                .setParameter("expected", expectedVersion)
                .executeUpdate();
        requireOne(changed, "post " + post.id());
    }

    /** A concurrent first vote of the same voter fails on post_votes_pkey when the unit commits: a concurrent change. */
    @Override
    public void insertVote(UUID postId, UUID voterId, int value, Instant at) {
        var vote = new PostVoteEntity();
        vote.postId = postId;
        vote.voterId = voterId;
        vote.value = value;
        vote.votedAt = at;
        current.get().persist(vote);
    }

    @Override
    public void changeVote(UUID postId, UUID voterId, int from, int to, Instant at) {
        int changed = current.get().createQuery("update PostVoteEntity v set v.value = :to, v.votedAt = :at"
                        + " where v.postId = :post and v.voterId = :voter and v.value = :from")
                .setParameter("to", to).setParameter("at", at)
                .setParameter("post", postId).setParameter("voter", voterId).setParameter("from", from)
                .executeUpdate();
        requireOne(changed, "vote on post " + postId);
    }

    @Override
    public void deleteVote(UUID postId, UUID voterId, int from) {
        int changed = current.get().createQuery("delete from PostVoteEntity v"
                        + " where v.postId = :post and v.voterId = :voter and v.value = :from")
                .setParameter("post", postId).setParameter("voter", voterId).setParameter("from", from)
                .executeUpdate();
        requireOne(changed, "vote on post " + postId);
    }

    @Override
    public void moveVoteCount(UUID postId, int delta) {
        current.get().createQuery("update DiscussionPostEntity p set p.voteCount = p.voteCount + :delta where p.id = :id")
                .setParameter("delta", delta)
                .setParameter("id", postId)
                .executeUpdate();
    }

    private static void requireOne(int changed, String what) {
        if (changed != 1) {
            throw new ConflictException(null, what + " was changed concurrently", null);
        }
    }

    private static Post toRecord(DiscussionPostEntity entity) {
        return new Post(entity.id, entity.courseId, entity.lessonId, entity.authorId, entity.rootId, entity.parentId,
                entity.depth, entity.title, entity.body, entity.question, entity.acceptedAnswerId, entity.voteCount,
                entity.replyCount, entity.version, entity.createdAt, entity.updatedAt, entity.deletedAt);
    }
}

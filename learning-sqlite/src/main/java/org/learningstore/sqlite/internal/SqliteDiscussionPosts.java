package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.SqliteLearnerSessions.IDS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Post;
import org.learningstore.core.engagement.ThreadSort;
import org.learningstore.core.port.DiscussionPosts;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.StoredShapes;

/**
 * Discussion posts and votes. A thread is read whole by its root id in path order (the ids from the
 * root down), one statement at any depth, on discussion_posts_thread_idx: Turso has no
 * {@code WITH RECURSIVE}. Counters move by deltas in one statement each, so concurrent units never
 * lose an update.
 */
final class SqliteDiscussionPosts implements DiscussionPosts {
    private static final String POST_COLUMNS = """
            p.id, p.course_id, p.lesson_id, p.author_id, p.root_id, p.parent_id, p.path, p.depth, p.title, p.body, \
            p.is_question, p.accepted_answer_id, p.vote_count, p.reply_count, p.version, p.created_at, p.updated_at, \
            p.deleted_at""";
    private static final String LIVE_LEARNER = "EXISTS (SELECT 1 FROM learners x WHERE x.id = ? AND x.deleted_at IS NULL)";
    private static final String PLACE = "SELECT EXISTS (SELECT 1 FROM courses c WHERE c.id = ? AND c.deleted_at IS NULL) AS course_live,"
            + " (SELECT m.course_id FROM lessons l JOIN modules m ON m.id = l.module_id WHERE l.id = ?) AS lesson_course_id, "
            + LIVE_LEARNER + " AS author_live";
    private static final String FIND_WITH_LEARNER = "SELECT " + POST_COLUMNS + ", " + LIVE_LEARNER + " AS learner_live,"
            + " coalesce((SELECT v.value FROM post_votes v WHERE v.post_id = p.id AND v.voter_id = ?), 0) AS vote"
            + " FROM discussion_posts p WHERE p.id = ?";
    private static final String FIND = "SELECT " + POST_COLUMNS + " FROM discussion_posts p WHERE p.id IN " + IDS;
    private static final String THREAD = "SELECT " + POST_COLUMNS + " FROM discussion_posts p"
            + " WHERE p.root_id = (SELECT q.root_id FROM discussion_posts q WHERE q.id = ?) ORDER BY p.path";
    /** Live roots of a course, of one lesson when the second argument is not null; %s adds the keyset condition and order. */
    private static final String THREADS = "SELECT " + POST_COLUMNS + " FROM discussion_posts p"
            + " WHERE p.course_id = ? AND p.parent_id IS NULL AND p.deleted_at IS NULL AND (? IS NULL OR p.lesson_id = ?)%s LIMIT ?";
    private static final String NEWEST_ORDER = " ORDER BY p.created_at DESC, p.id DESC";
    private static final String NEWEST_AFTER = " AND (p.created_at < ? OR (p.created_at = ? AND p.id < ?))";
    private static final String VOTES_ORDER = " ORDER BY p.vote_count DESC, p.id DESC";
    private static final String VOTES_AFTER = " AND (p.vote_count < ? OR (p.vote_count = ? AND p.id < ?))";
    private static final String INSERT = """
            INSERT INTO discussion_posts (id, course_id, lesson_id, author_id, root_id, parent_id, path, depth, title, body, \
            is_question, accepted_answer_id, vote_count, reply_count, version, created_at, updated_at, deleted_at) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COUNT_REPLY = "UPDATE discussion_posts SET reply_count = reply_count + 1 WHERE id = ?";
    private static final String UPDATE = """
            UPDATE discussion_posts SET title = ?, body = ?, accepted_answer_id = ?, updated_at = ?, deleted_at = ?, \
            version = ? WHERE id = ? AND version = ?""";
    private static final String INSERT_VOTE = "INSERT INTO post_votes (post_id, voter_id, value, voted_at) VALUES (?, ?, ?, ?)";
    private static final String CHANGE_VOTE =
            "UPDATE post_votes SET value = ?, voted_at = ? WHERE post_id = ? AND voter_id = ? AND value = ?";
    private static final String DELETE_VOTE = "DELETE FROM post_votes WHERE post_id = ? AND voter_id = ? AND value = ?";
    private static final String MOVE_VOTE_COUNT = "UPDATE discussion_posts SET vote_count = vote_count + ? WHERE id = ?";

    private final SqlExecutor executor;
    private final JsonCodec json;

    SqliteDiscussionPosts(SqlExecutor executor, JsonCodec json) {
        this.executor = executor;
        this.json = json;
    }

    @Override
    public PostingPlace place(UUID courseId, UUID lessonId, UUID authorId) {
        return executor.queryOne(Sql.of(PLACE, courseId, lessonId, authorId),
                row -> new PostingPlace(row.flag("course_live"), row.uuid("lesson_course_id"), row.flag("author_live")))
                .orElseThrow();
    }

    @Override
    public Optional<PostAndLearner> findWithLearner(UUID postId, UUID learnerId) {
        return executor.queryOne(Sql.of(FIND_WITH_LEARNER, learnerId, learnerId, postId),
                row -> new PostAndLearner(post(row), row.text("path"), row.flag("learner_live"), row.int32("vote")));
    }

    /** The file's write unit holds the database's one write lock from its start; Turso's batch is guarded on the vote read. */
    @Override
    public Optional<PostAndLearner> lockWithLearner(UUID postId, UUID learnerId) {
        return findWithLearner(postId, learnerId);
    }

    @Override
    public List<Post> find(List<UUID> ids) {
        return executor.query(Sql.of(FIND, json.print(StoredShapes.idsTree(ids))), SqliteDiscussionPosts::post);
    }

    @Override
    public List<Post> thread(UUID postId) {
        return executor.query(Sql.of(THREAD, postId), SqliteDiscussionPosts::post);
    }

    @Override
    public List<Post> threads(UUID courseId, UUID lessonId, ThreadSort sort, PostKey after, int limit) {
        boolean byVotes = sort == ThreadSort.VOTES;
        String order = byVotes ? VOTES_ORDER : NEWEST_ORDER;
        Sql sql;
        if (after == null) {
            sql = Sql.of(THREADS.formatted(order), courseId, lessonId, lessonId, limit);
        } else {
            Object value = byVotes ? after.voteCount() : after.createdAt();
            sql = Sql.of(THREADS.formatted((byVotes ? VOTES_AFTER : NEWEST_AFTER) + order),
                    courseId, lessonId, lessonId, value, value, after.id(), limit);
        }
        return executor.query(sql, SqliteDiscussionPosts::post);
    }

    @Override
    public void insert(Post post, String path) {
        executor.update(Sql.of(INSERT, post.id(), post.courseId(), post.lessonId(), post.authorId(), post.rootId(),
                post.parentId(), path, post.depth(), post.title(), post.body(), post.question(), post.acceptedAnswerId(),
                post.voteCount(), post.replyCount(), post.version(), post.createdAt(), post.updatedAt(), post.deletedAt()));
    }

    @Override
    public void countReply(UUID postId) {
        executor.update(Sql.of(COUNT_REPLY, postId));
    }

    @Override
    public void update(Post post, long expectedVersion) {
        executor.update(Sql.of(UPDATE, post.title(), post.body(), post.acceptedAnswerId(), post.updatedAt(), post.deletedAt(),
                post.version(), post.id(), expectedVersion), Guard.oneRow("post", post.id()));
    }

    @Override
    public void insertVote(UUID postId, UUID voterId, int value, Instant at) {
        executor.update(Sql.of(INSERT_VOTE, postId, voterId, value, at));
    }

    @Override
    public void changeVote(UUID postId, UUID voterId, int from, int to, Instant at) {
        executor.update(Sql.of(CHANGE_VOTE, to, at, postId, voterId, from), Guard.oneRow("vote on post", postId));
    }

    @Override
    public void deleteVote(UUID postId, UUID voterId, int from) {
        executor.update(Sql.of(DELETE_VOTE, postId, voterId, from), Guard.oneRow("vote on post", postId));
    }

    @Override
    public void moveVoteCount(UUID postId, int delta) {
        executor.update(Sql.of(MOVE_VOTE_COUNT, delta, postId));
    }

    private static Post post(Row row) {
        return new Post(
                row.uuid("id"),
                row.uuid("course_id"),
                row.uuid("lesson_id"),
                row.uuid("author_id"),
                row.uuid("root_id"),
                row.uuid("parent_id"),
                row.int32("depth"),
                row.text("title"),
                row.text("body"),
                row.flag("is_question"),
                row.uuid("accepted_answer_id"),
                row.int32("vote_count"),
                row.int32("reply_count"),
                row.integer("version"),
                row.instant("created_at"),
                row.instant("updated_at"),
                row.instant("deleted_at"));
    }
}

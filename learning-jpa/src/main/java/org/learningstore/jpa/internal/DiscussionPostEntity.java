package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code discussion_posts}. Never changed through the persistence context: counters move
 * by bulk deltas and edits by one statement guarded on {@code version}, so no flush overwrites them.
 */
@Entity
@Table(name = "discussion_posts")
public class DiscussionPostEntity {
    @Id
    UUID id;

    @Column(name = "course_id")
    UUID courseId;
    @Column(name = "lesson_id")
    UUID lessonId;
    @Column(name = "author_id")
    UUID authorId;
    @Column(name = "root_id")
    UUID rootId;
    @Column(name = "parent_id")
    UUID parentId;
    String path;
    int depth;
    String title;
    String body;
    @Column(name = "is_question")
    boolean question;
    @Column(name = "accepted_answer_id")
    UUID acceptedAnswerId;
    @Column(name = "vote_count")
    int voteCount;
    @Column(name = "reply_count")
    int replyCount;
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "deleted_at")
    Instant deletedAt;
}

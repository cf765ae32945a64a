package org.learningstore.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code post_votes}: one voter's vote (+1 or -1) on one post. */
@Entity
@Table(name = "post_votes")
@IdClass(PostVoteEntity.Key.class)
public class PostVoteEntity {
    @Id
    @Column(name = "post_id")
    UUID postId;
    @Id
    @Column(name = "voter_id")
    UUID voterId;
    int value;
    @Column(name = "voted_at")
    Instant votedAt;

    /** The primary key (post_id, voter_id). */
    public record Key(UUID postId, UUID voterId) implements Serializable {
    }
}

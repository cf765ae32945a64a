package org.learningstore.examples.spring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The host app's own record of a paid seat, in its own table {@code public.purchases}. */
@Entity
@Table(name = "purchases")
public class Purchase {
    @Id
    private UUID id;
    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;
    @Column(name = "course_id", nullable = false)
    private UUID courseId;
    @Column(name = "price_cents", nullable = false)
    private int priceCents;

    protected Purchase() {
    }

    Purchase(UUID id, UUID learnerId, UUID courseId, int priceCents) {
        this.id = id;
        this.learnerId = learnerId;
        this.courseId = courseId;
        this.priceCents = priceCents;
    }

    public UUID getId() {
        return id;
    }
}

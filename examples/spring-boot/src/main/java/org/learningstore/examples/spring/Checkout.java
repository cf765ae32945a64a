package org.learningstore.examples.spring;

import java.util.UUID;
import org.learningstore.core.LearningStore;
import org.learningstore.core.progress.Enrollment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A host operation over both: the app records the purchase in its own table and the store enrolls the
 * learner, in one transaction; a failure after both rolls both back.
 */
@Service
public class Checkout {
    private final Purchases purchases;
    private final LearningStore store;
    private final PaymentGateway payments;

    Checkout(Purchases purchases, LearningStore store, PaymentGateway payments) {
        this.purchases = purchases;
        this.store = store;
        this.payments = payments;
    }

    @Transactional
    public Enrollment buySeat(UUID learnerId, UUID courseId, int priceCents) {
        purchases.save(new Purchase(UUID.randomUUID(), learnerId, courseId, priceCents));
        Enrollment enrollment = store.progress().enroll(learnerId, courseId);
        payments.charge(learnerId, priceCents);
        return enrollment;
    }
}

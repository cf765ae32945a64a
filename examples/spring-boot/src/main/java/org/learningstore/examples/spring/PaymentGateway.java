package org.learningstore.examples.spring;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** Stands for the app's payment provider: it declines a charge of 0 cents. */
@Component
public class PaymentGateway {
    public void charge(UUID learnerId, int priceCents) {
        if (priceCents <= 0) {
            throw new PaymentDeclinedException();
        }
    }

    /** The provider refused the charge; the checkout rolls back. */
    public static final class PaymentDeclinedException extends RuntimeException {
        PaymentDeclinedException() {
            super("the payment was declined");
        }
    }
}

package org.learningstore.core.engagement;

/** The XP ledger: entries of learner, amount, reason and source; a source pays once. */
public interface XpLedger {
}

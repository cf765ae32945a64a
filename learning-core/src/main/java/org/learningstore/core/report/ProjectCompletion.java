package org.learningstore.core.report;

/**
 * The projects of one kind: {@code total} of them, {@code withExternalToken} of them registered in
 * an outside system (an external token set: the seed's minted projects), and {@code rate}, that
 * share in percent to two decimals.
 */
public record ProjectCompletion(String kind, long total, long withExternalToken, double rate) {
}

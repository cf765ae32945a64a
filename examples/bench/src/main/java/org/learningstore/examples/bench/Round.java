package org.learningstore.examples.bench;

import java.util.List;
import java.util.Optional;

/**
 * One round: the library's load and measurements on one backend, the JDBC floor's on the same
 * database (empty on Turso), the JVM's memory high-water marks, and the peer's run (null without one).
 */
record Round(String backend, int learners, long attempts, double loadSeconds, List<Measurement> library,
             List<Measurement> floor, long peakHeapBytes, long peakRssBytes, Peer.Result peer) {

    Round withPeer(Peer.Result result) {
        return new Round(backend, learners, attempts, loadSeconds, library, floor, peakHeapBytes, peakRssBytes, result);
    }

    /** The single-threaded library figures of {@code operation}. */
    Optional<Measurement> library(String operation) {
        return library.stream().filter(m -> m.threads() == 1 && m.operation().equals(operation)).findFirst();
    }

    /** The library figures of {@code operation} on {@code --threads} threads. */
    Optional<Measurement> threaded(String operation) {
        return library.stream().filter(m -> m.threads() > 1 && m.operation().equals(operation)).findFirst();
    }

    Optional<Measurement> floor(String operation) {
        return floor.stream().filter(m -> m.operation().equals(operation)).findFirst();
    }

    /** The peer's figures for the operation's id ({@code O3 submit, one call} is the peer's {@code O3}). */
    Optional<Peer.Figures> peer(String operation) {
        return peer == null ? Optional.empty() : Optional.ofNullable(peer.operations().get(operation.substring(0, 2)));
    }
}

package org.learningstore.core.internal.merge;

import java.util.List;
import java.util.UUID;

/**
 * What a merge does to one kind of row kept once per learner and key (a course, a lesson, a
 * skill, an assessment): the keys of the merged learner's rows that move to the survivor, of the
 * survivor's rows that give way to a better one, and of the merged learner's rows that lose.
 */
public record KeyedMoves(List<UUID> moveFromMerged, List<UUID> deleteOfSurvivor, List<UUID> deleteOfMerged) {
    public KeyedMoves {
        moveFromMerged = List.copyOf(moveFromMerged);
        deleteOfSurvivor = List.copyOf(deleteOfSurvivor);
        deleteOfMerged = List.copyOf(deleteOfMerged);
    }
}

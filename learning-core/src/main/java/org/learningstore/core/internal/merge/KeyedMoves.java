package org.learningstore.core.internal.merge;

import java.util.List;

/**
 * What a merge does to one kind of row kept once per learner and key (a course, a lesson, a
 * skill, an assessment, an XP source, an achievement): the keys of the merged learner's rows that move to the survivor, of the
 * survivor's rows that give way to a better one, and of the merged learner's rows that lose.
 */
public record KeyedMoves<K>(List<K> moveFromMerged, List<K> deleteOfSurvivor, List<K> deleteOfMerged) {
    public KeyedMoves {
        moveFromMerged = List.copyOf(moveFromMerged);
        deleteOfSurvivor = List.copyOf(deleteOfSurvivor);
        deleteOfMerged = List.copyOf(deleteOfMerged);
    }
}

package org.learningstore.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.DenseOrder.Move;
import org.learningstore.core.internal.DenseOrder.Renumbered;

class DenseOrderTest {
    private record Child(UUID id, String name, int position) {
        Child at(int position) {
            return new Child(id, name, position);
        }
    }

    private static final DenseOrder<Child> ORDER = new DenseOrder<>(Child::id, Child::at);

    private final Child a = child("a", 1);
    private final Child b = child("b", 2);
    private final Child c = child("c", 3);
    private final List<Child> abc = List.of(a, b, c);

    @Test
    void insertingInTheMiddleShiftsTheLaterChildrenDown() {
        Child x = child("x", 4);

        Renumbered<Child> result = ORDER.insert(abc, x, 2);

        assertEquals(List.of(a, x.at(2), b.at(3), c.at(4)), result.children());
        assertEquals(List.of(a.id(), x.id(), b.id(), c.id()), result.order());
        assertEquals(List.of(new Move<>(b.id(), b, b.at(3)), new Move<>(c.id(), c, c.at(4))), result.moves());
        assertEquals(x.at(2), result.placed(x.id()));
        assertTrue(result.moved());
    }

    @Test
    void appendingMovesNoOne() {
        Child x = child("x", 4);

        for (int position : new int[] {4, DenseOrder.END}) {
            Renumbered<Child> result = ORDER.insert(abc, x, position);

            assertEquals(List.of(a, b, c, x), result.children());
            assertEquals(List.of(), result.moves());
            assertFalse(result.moved());
        }
    }

    @Test
    void insertingIntoNoChildrenGivesPositionOne() {
        Child x = child("x", 7);

        assertEquals(List.of(x.at(1)), ORDER.insert(List.of(), x, DenseOrder.END).children());
        assertEquals(List.of(x.at(1)), ORDER.insert(List.of(), x, 1).children());
    }

    @Test
    void anInsertionPositionOutside1ToNPlus1IsInvalid() {
        Child x = child("x", 4);

        for (int position : new int[] {0, -1, 5}) {
            var error = assertThrows(InvalidInputException.class, () -> ORDER.insert(abc, x, position));
            assertEquals("position", error.field());
            assertEquals("must be between 1 and 4", error.reason());
        }
    }

    @Test
    void movingForwardAndBackMovesExactlyTheChildrenBetween() {
        Renumbered<Child> forward = ORDER.move(abc, a.id(), 3);
        assertEquals(List.of(b.at(1), c.at(2), a.at(3)), forward.children());
        assertEquals(List.of(new Move<>(b.id(), b, b.at(1)), new Move<>(c.id(), c, c.at(2)), new Move<>(a.id(), a, a.at(3))),
                forward.moves());

        Renumbered<Child> back = ORDER.move(abc, c.id(), 2);
        assertEquals(List.of(a, c.at(2), b.at(3)), back.children());
        assertEquals(List.of(new Move<>(c.id(), c, c.at(2)), new Move<>(b.id(), b, b.at(3))), back.moves());
        assertEquals(c.at(2), back.at(2));
    }

    @Test
    void movingToTheSamePlaceMovesNoOne() {
        Renumbered<Child> result = ORDER.move(abc, b.id(), 2);

        assertEquals(abc, result.children());
        assertFalse(result.moved());
    }

    @Test
    void aMovePositionOutside1ToNIsInvalid() {
        for (int position : new int[] {0, 4}) {
            var error = assertThrows(InvalidInputException.class, () -> ORDER.move(abc, a.id(), position));
            assertEquals("position", error.field());
            assertEquals("must be between 1 and 3", error.reason());
        }
    }

    @Test
    void reorderingFollowsTheGivenIds() {
        Renumbered<Child> result = ORDER.reorder("childIds", abc, List.of(c.id(), a.id(), b.id()));

        assertEquals(List.of(c.at(1), a.at(2), b.at(3)), result.children());
        assertEquals(List.of(c.id(), a.id(), b.id()), result.order());
        assertEquals(3, result.moves().size());
    }

    @Test
    void reorderingIntoTheSameOrderMovesNoOne() {
        assertFalse(ORDER.reorder("childIds", abc, List.of(a.id(), b.id(), c.id())).moved());
    }

    @Test
    void aReorderMustNameEachChildExactlyOnce() {
        List<List<UUID>> wrong = List.of(
                List.of(a.id(), b.id()),
                List.of(a.id(), b.id(), c.id(), UUID.randomUUID()),
                List.of(a.id(), a.id(), b.id()),
                List.of(a.id(), b.id(), UUID.randomUUID()));
        for (List<UUID> ids : wrong) {
            var error = assertThrows(InvalidInputException.class, () -> ORDER.reorder("childIds", abc, ids));
            assertEquals("childIds", error.field());
            assertEquals("must name each of the 3 current items exactly once", error.reason());
        }
        var missing = assertThrows(InvalidInputException.class, () -> ORDER.reorder("childIds", abc, null));
        assertEquals("childIds", missing.field());
        assertEquals("is required", missing.reason());
    }

    @Test
    void removingClosesTheGap() {
        Renumbered<Child> result = ORDER.remove(abc, a.id());

        assertEquals(List.of(b.at(1), c.at(2)), result.children());
        assertEquals(List.of(new Move<>(b.id(), b, b.at(1)), new Move<>(c.id(), c, c.at(2))), result.moves());
    }

    @Test
    void removingTheLastMovesNoOne() {
        Renumbered<Child> result = ORDER.remove(abc, c.id());

        assertEquals(List.of(a, b), result.children());
        assertFalse(result.moved());
    }

    private static Child child(String name, int position) {
        return new Child(UUID.nameUUIDFromBytes(name.getBytes()), name, position);
    }
}

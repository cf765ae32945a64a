package org.learningstore.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;

/**
 * The children of one parent (modules of a course, lessons of a module, questions of an
 * assessment) hold positions 1..n with no gap. Each operation checks its position argument and
 * says where every child ends up and which of them moved.
 *
 * @param <T> the child record
 */
public final class DenseOrder<T> {
    /** As the position of {@link #insert}: after the last child. */
    public static final int END = Integer.MAX_VALUE;

    private final Function<T, UUID> id;
    private final BiFunction<T, Integer, T> atPosition;

    /**
     * @param id         a child's id
     * @param atPosition the child, unchanged but for its position
     */
    public DenseOrder(Function<T, UUID> id, BiFunction<T, Integer, T> atPosition) {
        this.id = id;
        this.atPosition = atPosition;
    }

    /** {@code added} put at {@code position} (1..n+1, or {@link #END}); later children shift down. */
    public Renumbered<T> insert(List<T> children, T added, int position) {
        int at = position == END ? children.size() + 1 : Checks.range("position", position, 1, children.size() + 1);
        List<T> next = new ArrayList<>(children);
        next.add(at - 1, added);
        return renumber(children, next);
    }

    /** The child {@code childId} put at {@code position} (1..n) among the others. */
    public Renumbered<T> move(List<T> children, UUID childId, int position) {
        Checks.range("position", position, 1, children.size());
        List<T> next = new ArrayList<>(children);
        T moving = next.remove(indexOf(children, childId));
        next.add(position - 1, moving);
        return renumber(children, next);
    }

    /** The children in the order of {@code ids}, which must name each of them exactly once (else invalid {@code field}). */
    public Renumbered<T> reorder(String field, List<T> children, List<UUID> ids) {
        List<UUID> named = Checks.elements(field, ids);
        Map<UUID, T> byId = children.stream().collect(Collectors.toMap(id, child -> child));
        if (named.size() != children.size() || !new HashSet<>(named).equals(byId.keySet())) {
            throw new InvalidInputException(field, "must name each of the " + children.size() + " current items exactly once");
        }
        return renumber(children, named.stream().map(byId::get).toList());
    }

    /** The children without {@code childId}; later ones close the gap. */
    public Renumbered<T> remove(List<T> children, UUID childId) {
        List<T> next = new ArrayList<>(children);
        next.remove(indexOf(children, childId));
        return renumber(children, next);
    }

    private int indexOf(List<T> children, UUID childId) {
        for (int index = 0; index < children.size(); index++) {
            if (id.apply(children.get(index)).equals(childId)) {
                return index;
            }
        }
        throw new IllegalArgumentException(childId + " is not one of the children");
    }

    /** Gives {@code next} positions 1..n; a child of {@code before} whose position changed is a move. */
    private Renumbered<T> renumber(List<T> before, List<T> next) {
        Map<UUID, T> previous = before.stream().collect(Collectors.toMap(id, child -> child));
        List<T> placed = new ArrayList<>(next.size());
        List<Move<T>> moves = new ArrayList<>();
        for (T child : next) {
            T at = atPosition.apply(child, placed.size() + 1);
            T was = previous.get(id.apply(child));
            if (was != null && !was.equals(at)) {
                moves.add(new Move<>(id.apply(child), was, at));
            }
            placed.add(at);
        }
        return new Renumbered<>(List.copyOf(placed), placed.stream().map(id).toList(), List.copyOf(moves));
    }

    /**
     * The outcome of one operation.
     *
     * @param children the children in their new order, with positions 1..n
     * @param order    their ids, as a port's {@code reposition} takes them
     * @param moves    the children that were there before and now stand elsewhere, in the new order
     */
    public record Renumbered<T>(List<T> children, List<UUID> order, List<Move<T>> moves) {
        /** Whether a stored position must change: some child that was there moved. */
        public boolean moved() {
            return !moves.isEmpty();
        }

        /** The child now at {@code position} (1 = first). */
        public T at(int position) {
            return children.get(position - 1);
        }

        /** The child {@code childId} where it now stands. */
        public T placed(UUID childId) {
            return children.get(order.indexOf(childId));
        }
    }

    /** A child before and after an operation. */
    public record Move<T>(UUID id, T before, T after) {
    }
}

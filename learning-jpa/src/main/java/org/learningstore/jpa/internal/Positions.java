package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.error.ConflictException;

/**
 * The positions of the children of one parent. Renumbering uses bulk updates that never let the
 * unique (parent, position) constraint see a duplicate: first every position turns negative, then
 * each child gets its final one. Bulk updates leave versions alone: a move is not an edit.
 */
final class Positions {
    private final String entityName;
    private final String parentAttribute;
    private final String parentEntityName;

    Positions(Class<?> entity, String parentAttribute, Class<?> parentEntity) {
        this.entityName = entity.getSimpleName();
        this.parentAttribute = parentAttribute;
        this.parentEntityName = parentEntity.getSimpleName();
    }

    /**
     * Children ordered by position. A write reads them to number a new or moved child, so it first
     * locks the parent row: concurrent writers to one parent then queue, instead of all taking the
     * same free position and failing on the unique constraint until their retries run out.
     */
    <E> List<E> ordered(CurrentEntityManager current, Class<E> entity, UUID parentId) {
        EntityManager entityManager = current.get();
        if (current.writes()) {
            entityManager.createQuery("select p from " + parentEntityName + " p where p.id = :id")
                    .setParameter("id", parentId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
        }
        return entityManager.createQuery("select e from " + entityName + " e where e." + parentAttribute
                        + " = :parent order by e.position", entity)
                .setParameter("parent", parentId)
                .getResultList();
    }

    void reposition(EntityManager entityManager, UUID parentId, List<UUID> orderedIds) {
        int negated = entityManager.createQuery("update " + entityName + " e set e.position = -e.position"
                        + " where e." + parentAttribute + " = :parent")
                .setParameter("parent", parentId)
                .executeUpdate();
        if (negated != orderedIds.size()) {
            throw changedMeanwhile(parentId);
        }
        var assign = entityManager.createQuery("update " + entityName + " e set e.position = :position"
                + " where e.id = :id and e." + parentAttribute + " = :parent");
        for (int index = 0; index < orderedIds.size(); index++) {
            int updated = assign.setParameter("position", index + 1)
                    .setParameter("id", orderedIds.get(index))
                    .setParameter("parent", parentId)
                    .executeUpdate();
            if (updated != 1) {
                throw changedMeanwhile(parentId);
            }
        }
    }

    private ConflictException changedMeanwhile(UUID parentId) {
        return new ConflictException(null, "the children of " + parentId + " changed concurrently", null);
    }
}

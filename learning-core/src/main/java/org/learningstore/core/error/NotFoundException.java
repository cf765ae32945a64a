package org.learningstore.core.error;

/** The entity named by an id does not exist (or is soft-deleted where that hides it). */
public final class NotFoundException extends LearningStoreException {
    private final String entity;
    private final Object id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found", null);
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }
}

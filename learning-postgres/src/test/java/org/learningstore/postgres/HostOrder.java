package org.learningstore.postgres;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A host app's own entity, on the host's table {@code public.host_orders}. */
@Entity
@Table(name = "host_orders")
public class HostOrder {
    @Id
    private Long id;
    private String item;

    protected HostOrder() {
    }

    HostOrder(long id, String item) {
        this.id = id;
        this.item = item;
    }
}

package org.learningstore.core.port;

import java.util.List;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.audit.AuditTrail;

public interface AuditLog extends AuditTrail {
    void append(AuditEntry entry);

    /** Appends many entries in a fixed number of statements. */
    void appendAll(List<AuditEntry> entries);
}

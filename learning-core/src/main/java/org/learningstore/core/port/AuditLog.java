package org.learningstore.core.port;

import java.util.List;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.audit.AuditTrail;

public interface AuditLog extends AuditTrail {
    void append(AuditEntry entry);

    /** A fixed number of statements whatever their number (none for none). */
    void appendAll(List<AuditEntry> entries);
}

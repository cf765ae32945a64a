package org.learningstore.core.port;

import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.audit.AuditTrail;

public interface AuditLog extends AuditTrail {
    void append(AuditEntry entry);
}

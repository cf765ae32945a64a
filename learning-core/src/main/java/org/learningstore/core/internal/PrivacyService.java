package org.learningstore.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.LearnerProfiles;
import org.learningstore.core.port.LearnerRecord;
import org.learningstore.core.port.LearnerRecords;
import org.learningstore.core.privacy.Erasure;
import org.learningstore.core.privacy.Privacy;

/**
 * Export streams each {@link LearnerRecord} kind in keyset pages, one JSON object per row, so
 * memory holds one page; stored JSON is written with its object keys sorted, so every backend
 * writes the same document. Erase is one write: the learner is read first, then a fixed list of
 * statements (one batch on Turso).
 */
public final class PrivacyService implements Privacy {
    /** What an erased learner's post title and body become, and what stands for their id in the audit log. */
    static final String ERASED = "erased";
    static final String ERASURE_ENTITY = "learner_erasure";

    private final UnitsOfWork units;
    private final Auditor auditor;
    private final Ids ids;
    private final LearnerProfiles profiles;
    private final LearnerRecords records;
    private final JsonCodec json;

    public PrivacyService(UnitsOfWork units, Auditor auditor, Ids ids, LearnerProfiles profiles, LearnerRecords records,
                          JsonCodec json) {
        this.units = units;
        this.auditor = auditor;
        this.ids = ids;
        this.profiles = profiles;
        this.records = records;
        this.json = json;
    }

    @Override
    public void export(UUID learnerId, Writer out) {
        Checks.required("learnerId", learnerId);
        Checks.required("out", out);
        units.read(() -> {
            List<List<Object>> learner = records.page(LearnerRecord.LEARNER, learnerId, List.of(), 1);
            if (learner.isEmpty()) {
                throw new NotFoundException("learner", learnerId);
            }
            try {
                out.write("{\"format\":" + json.print(FORMAT) + ",\"version\":" + VERSION
                        + ",\"exportedAt\":" + json.print(units.now().toString())
                        + ",\"learner\":" + json.print(object(LearnerRecord.LEARNER, learner.get(0))));
                for (LearnerRecord kind : LearnerRecord.values()) {
                    if (kind != LearnerRecord.LEARNER) {
                        writeSection(kind, learnerId, out);
                    }
                }
                out.write("}");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private void writeSection(LearnerRecord kind, UUID learnerId, Writer out) throws IOException {
        out.write(",\"" + kind.section() + "\":[");
        List<Object> after = List.of();
        boolean first = true;
        List<List<Object>> page;
        do {
            page = records.page(kind, learnerId, after, PAGE_SIZE);
            for (List<Object> row : page) {
                out.write(first ? "" : ",");
                out.write(json.print(object(kind, row)));
                first = false;
            }
            if (!page.isEmpty()) {
                List<Object> last = page.get(page.size() - 1);
                after = kind.keyPositions().stream().map(last::get).toList();
            }
        } while (page.size() == PAGE_SIZE);
        out.write("]");
    }

    private Map<String, Object> object(LearnerRecord kind, List<Object> row) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            LearnerRecord.Field field = kind.fields().get(i);
            object.put(field.name(), value(field.kind(), row.get(i)));
        }
        return object;
    }

    private Object value(LearnerRecord.Kind kind, Object stored) {
        if (stored == null) {
            return null;
        }
        return switch (kind) {
            case ID, INSTANT -> stored.toString();
            case JSON -> sorted(json.parse((String) stored));
            default -> stored;
        };
    }

    /** A JSON tree with every object's keys in order, whatever order the database kept them in. */
    private static Object sorted(Object tree) {
        if (tree instanceof Map<?, ?> object) {
            Map<String, Object> sorted = new TreeMap<>();
            object.forEach((key, member) -> sorted.put((String) key, sorted(member)));
            return sorted;
        }
        if (tree instanceof List<?> array) {
            return array.stream().map(PrivacyService::sorted).toList();
        }
        return tree;
    }

    @Override
    public Erasure erase(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        return units.write(() -> {
            profiles.find(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
            Instant now = units.now();
            records.releaseVotes(learnerId);
            records.releaseLikes(learnerId);
            records.releaseSeats(learnerId);
            records.anonymisePosts(learnerId, ERASED, now);
            records.unlinkEvents(learnerId);
            records.deleteAttempts(learnerId);
            records.deleteOverrides(learnerId);
            records.deleteAuditEntries(learnerId);
            records.maskInAudit(learnerId, ERASED);
            records.deleteLearner(learnerId);
            Erasure erasure = new Erasure(ids.next(), now);
            auditor.record(ERASURE_ENTITY, erasure.receiptId(), AuditAction.ERASED, null, erasure);
            return erasure;
        });
    }
}

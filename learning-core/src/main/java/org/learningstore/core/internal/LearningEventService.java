package org.learningstore.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.LearningEvents;
import org.learningstore.core.engagement.NewLearningEvent;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.LearningEventLog;
import org.learningstore.core.port.LearningEventLog.EventKey;
import org.learningstore.core.internal.work.UnitsOfWork;

/** Hosts' learning events: appending, reading in keyset pages, purging old ones. */
public final class LearningEventService implements LearningEvents {
    private static final int MAX_DATA_LENGTH = 64 * 1024;

    private final UnitsOfWork units;
    private final Ids ids;
    private final LiveLearners learners;
    private final LearningEventLog log;
    private final JsonCodec json;

    public LearningEventService(UnitsOfWork units, Ids ids, LiveLearners learners, LearningEventLog log, JsonCodec json) {
        this.units = units;
        this.ids = ids;
        this.learners = learners;
        this.log = log;
        this.json = json;
    }

    @Override
    public LearningEvent append(NewLearningEvent event) {
        Checks.required("event", event);
        Checks.requiredText("type", event.type(), 100);
        Checks.requiredText("data", event.data(), MAX_DATA_LENGTH);
        FreeFormJson.requireObject("data", event.data(), json);
        return units.write(() -> {
            if (event.learnerId() != null) {
                learners.require(event.learnerId());
            }
            Instant now = units.now();
            var stored = new LearningEvent(ids.next(), event.learnerId(), event.type(), event.data(), event.sessionId(),
                    event.occurredAt() == null ? now : event.occurredAt().truncatedTo(ChronoUnit.MICROS));
            log.append(stored);
            return stored;
        });
    }

    @Override
    public CursoredPage<LearningEvent> byLearner(UUID learnerId, CursorRequest page) {
        Checks.required("learnerId", learnerId);
        return paged(page, (after, limit) -> log.byLearner(learnerId, after, limit));
    }

    @Override
    public CursoredPage<LearningEvent> byType(String type, CursorRequest page) {
        Checks.requiredText("type", type, 100);
        return paged(page, (after, limit) -> log.byType(type, after, limit));
    }

    @Override
    public CursoredPage<LearningEvent> between(Instant from, Instant until, CursorRequest page) {
        Checks.required("from", from);
        Checks.required("until", until);
        if (!from.isBefore(until)) {
            throw new InvalidInputException("until", "must be after from");
        }
        return paged(page, (after, limit) -> log.between(from, until, after, limit));
    }

    @Override
    public long purgeBefore(Instant before) {
        Checks.required("before", before);
        return units.write(() -> log.purgeBefore(before));
    }

    private interface Slice {
        List<LearningEvent> read(EventKey after, int limit);
    }

    /** Reads one more than the page to know whether another follows. */
    private CursoredPage<LearningEvent> paged(CursorRequest page, Slice slice) {
        Checks.required("page", page);
        EventKey after = page.after() == null ? null : decode(page.after());
        List<LearningEvent> rows = units.read(() -> slice.read(after, page.size() + 1));
        if (rows.size() <= page.size()) {
            return new CursoredPage<>(rows, Optional.empty());
        }
        List<LearningEvent> content = rows.subList(0, page.size());
        return new CursoredPage<>(content, Optional.of(encode(content.get(content.size() - 1))));
    }

    private static String encode(LearningEvent last) {
        String raw = last.occurredAt() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static EventKey decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            if (parts.length == 2) {
                return new EventKey(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            }
        } catch (RuntimeException malformed) {
            // reported below
        }
        throw new InvalidInputException("cursor", "is not a learning events cursor");
    }
}

package org.learningstore.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.engagement.Achievements;
import org.learningstore.core.engagement.EarnedAchievement;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.AchievementDefinitions;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Versions;

/** Defining achievements, switching them on and off, and what learners earned. */
public final class AchievementService implements Achievements {
    private static final String AUDITED_ENTITY = "achievement";
    private final UnitsOfWork units;
    private final Ids ids;
    private final AchievementDefinitions definitions;
    private final Auditor auditor;

    public AchievementService(UnitsOfWork units, Ids ids, AchievementDefinitions definitions, Auditor auditor) {
        this.auditor = auditor;
        this.units = units;
        this.ids = ids;
        this.definitions = definitions;
    }

    @Override
    public Achievement define(AchievementDetails details) {
        Checks.required("details", details);
        return units.write(() -> {
            Instant now = units.now();
            var achievement = new Achievement(ids.next(), details, true, 1, now, now);
            definitions.insert(achievement);
            auditor.record(AUDITED_ENTITY, achievement.id(), AuditAction.CREATED, null, achievement);
            return achievement;
        });
    }

    @Override
    public Achievement update(UUID achievementId, AchievementDetails details, long expectedVersion) {
        Checks.required("details", details);
        return units.write(() -> {
            Achievement current = require(achievementId);
            Versions.requireCurrent("achievement", achievementId, expectedVersion, current.version());
            var next = new Achievement(current.id(), details, current.active(), expectedVersion + 1, current.createdAt(),
                    units.now());
            definitions.update(next, expectedVersion);
            auditor.record(AUDITED_ENTITY, achievementId, AuditAction.UPDATED, current, next);
            return next;
        });
    }

    @Override
    public Achievement activate(UUID achievementId) {
        return switchTo(achievementId, true);
    }

    @Override
    public Achievement deactivate(UUID achievementId) {
        return switchTo(achievementId, false);
    }

    private Achievement switchTo(UUID achievementId, boolean active) {
        return units.write(() -> {
            Achievement current = require(achievementId);
            if (current.active() == active) {
                return current;
            }
            var next = new Achievement(current.id(), current.details(), active, current.version() + 1, current.createdAt(),
                    units.now());
            definitions.update(next, current.version());
            auditor.record(AUDITED_ENTITY, achievementId, active ? AuditAction.ACTIVATED : AuditAction.DEACTIVATED, current, next);
            return next;
        });
    }

    @Override
    public Optional<Achievement> find(UUID achievementId) {
        Checks.required("achievementId", achievementId);
        return units.read(() -> definitions.find(achievementId));
    }

    @Override
    public Optional<Achievement> findByCode(String code) {
        Checks.requiredText("code", code, 100);
        return units.read(() -> definitions.findByCode(code));
    }

    @Override
    public Page<Achievement> list(PageRequest page) {
        Checks.required("page", page);
        return units.read(() -> definitions.list(page));
    }

    @Override
    public List<EarnedAchievement> earned(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        return units.read(() -> definitions.earned(learnerId));
    }

    private Achievement require(UUID achievementId) {
        Checks.required("achievementId", achievementId);
        return definitions.find(achievementId).orElseThrow(() -> new NotFoundException("achievement", achievementId));
    }
}

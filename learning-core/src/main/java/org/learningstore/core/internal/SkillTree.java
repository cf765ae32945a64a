package org.learningstore.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.Lessons;
import org.learningstore.core.port.Skills;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.internal.work.Existing;
import org.learningstore.core.internal.work.Versions;

/** The skill tree (no cycles) and the skills each lesson teaches. */
public final class SkillTree {
    private final Skills skills;
    private final Lessons lessons;
    private final UnitsOfWork work;
    private final Auditor auditor;
    private final Ids ids;
    private final JsonCodec json;

    public SkillTree(Skills skills, Lessons lessons, JsonCodec json, UnitsOfWork work, Auditor auditor, Ids ids) {
        this.skills = skills;
        this.json = json;
        this.lessons = lessons;
        this.work = work;
        this.auditor = auditor;
        this.ids = ids;
    }

    Skill create(SkillDetails details, UUID parentId) {
        requireValid(details);
        return work.write(() -> {
            if (parentId != null) {
                skill(parentId);
            }
            Instant now = work.now();
            var created = new Skill(ids.next(), parentId, details, 1, now, now);
            skills.insert(created);
            auditor.record("skill", created.id(), AuditAction.CREATED, null, created);
            return created;
        });
    }

    Skill update(UUID skillId, long expectedVersion, SkillDetails details) {
        requireValid(details);
        return work.write(() -> {
            Skill current = skill(skillId);
            Versions.requireCurrent("skill", skillId, expectedVersion, current.version());
            return save(current, AuditAction.UPDATED,
                    new Skill(skillId, current.parentId(), details, current.version() + 1, current.createdAt(), work.now()));
        });
    }

    Skill move(UUID skillId, UUID newParentId) {
        return work.write(() -> {
            Skill current = skill(skillId);
            for (UUID ancestor = newParentId; ancestor != null; ancestor = skill(ancestor).parentId()) {
                if (ancestor.equals(skillId)) {
                    throw new RuleViolationException("skill.cycle", "skill " + skillId + " cannot move under itself or its descendant");
                }
            }
            if (Objects.equals(current.parentId(), newParentId)) {
                return current;
            }
            return save(current, AuditAction.MOVED,
                    new Skill(skillId, newParentId, current.details(), current.version() + 1, current.createdAt(), work.now()));
        });
    }

    private Skill save(Skill current, AuditAction action, Skill next) {
        skills.update(next, current.version());
        auditor.record("skill", next.id(), action, current, next);
        return next;
    }

    Optional<Skill> find(UUID skillId) {
        Checks.required("skillId", skillId);
        return work.read(() -> skills.find(skillId));
    }

    List<Skill> children(UUID parentId) {
        return work.read(() -> skills.children(parentId));
    }

    List<Skill> path(UUID skillId) {
        return work.read(() -> {
            var path = new ArrayList<Skill>();
            var seen = new HashSet<UUID>();
            for (UUID id = skillId; id != null && seen.add(id); ) {
                Skill skill = skill(id);
                path.add(0, skill);
                id = skill.parentId();
            }
            return path;
        });
    }

    void link(UUID lessonId, UUID skillId) {
        work.write(() -> {
            Existing.of("lesson", lessonId, lessons::find);
            skill(skillId);
            if (!teaches(lessonId, skillId)) {
                lessons.linkSkill(lessonId, skillId);
                auditor.record("lesson", lessonId, AuditAction.LINKED, null, Map.of("skillId", skillId));
            }
            return null;
        });
    }

    void unlink(UUID lessonId, UUID skillId) {
        work.write(() -> {
            Existing.of("lesson", lessonId, lessons::find);
            if (teaches(lessonId, skillId)) {
                lessons.unlinkSkill(lessonId, skillId);
                auditor.record("lesson", lessonId, AuditAction.UNLINKED, Map.of("skillId", skillId), null);
            }
            return null;
        });
    }

    List<Skill> taughtBy(UUID lessonId) {
        Checks.required("lessonId", lessonId);
        return work.read(() -> lessons.skillsOf(lessonId));
    }

    private boolean teaches(UUID lessonId, UUID skillId) {
        return lessons.skillsOf(lessonId).stream().anyMatch(skill -> skill.id().equals(skillId));
    }

    private Skill skill(UUID id) {
        return Existing.of("skill", id, skills::find);
    }

    private void requireValid(SkillDetails details) {
        Checks.required("details", details);
        FreeFormJson.requireObject("metadata", details.metadata(), json);
    }
}

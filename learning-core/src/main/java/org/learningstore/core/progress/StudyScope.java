package org.learningstore.core.progress;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;

/** What a study session draws questions from: one assessment, every assessment of a course, or questions of some skills. */
public record StudyScope(StudyScopeKind kind, UUID assessmentId, UUID courseId, List<UUID> skillIds) {
    public StudyScope {
        if (kind == null) {
            throw new InvalidInputException("scope", "is required");
        }
        skillIds = skillIds == null ? List.of() : Checks.elements("skillIds", skillIds);
        boolean complete = switch (kind) {
            case ASSESSMENT -> assessmentId != null && courseId == null && skillIds.isEmpty();
            case COURSE -> courseId != null && assessmentId == null && skillIds.isEmpty();
            case SKILLS -> !skillIds.isEmpty() && skillIds.size() <= 100 && assessmentId == null && courseId == null;
        };
        if (!complete) {
            throw new InvalidInputException("scope", "must name one assessment, one course, or 1 to 100 skills");
        }
    }

    public static StudyScope assessment(UUID assessmentId) {
        return new StudyScope(StudyScopeKind.ASSESSMENT, assessmentId, null, List.of());
    }

    public static StudyScope course(UUID courseId) {
        return new StudyScope(StudyScopeKind.COURSE, null, courseId, List.of());
    }

    public static StudyScope skills(List<UUID> skillIds) {
        return new StudyScope(StudyScopeKind.SKILLS, null, null, skillIds);
    }
}

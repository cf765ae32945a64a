package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionView;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.engagement.EngagementEvent;
import org.learningstore.core.internal.engagement.Rewards;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.SkillMasteries;
import org.learningstore.core.port.Skills;
import org.learningstore.core.port.StudySessions;
import org.learningstore.core.progress.MasteryRules;
import org.learningstore.core.progress.PracticeAnswer;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;
import org.learningstore.core.internal.work.UnitsOfWork;

/** Study sessions: practice questions outside attempts that still count in statistics and mastery. */
public final class StudyService {
    private static final Set<Class<? extends EngagementEvent>> PRACTICE = Set.of(EngagementEvent.PracticeAnswered.class);

    private final UnitsOfWork units;
    private final Ids ids;
    private final LiveLearners learners;
    private final Courses courses;
    private final Skills skills;
    private final AssessmentDefinitions definitions;
    private final StudySessions studySessions;
    private final Attempts attempts;
    private final SkillMasteries skillMasteries;
    private final ProgressWrites writes;
    private final MasteryRules masteryRules;
    private final Rewards rewards;

    public StudyService(UnitsOfWork units, Ids ids, LiveLearners learners, Courses courses, Skills skills,
                        AssessmentDefinitions definitions, StudySessions studySessions, Attempts attempts,
                        SkillMasteries skillMasteries, ProgressWrites writes, MasteryRules masteryRules, Rewards rewards) {
        this.units = units;
        this.ids = ids;
        this.learners = learners;
        this.courses = courses;
        this.skills = skills;
        this.definitions = definitions;
        this.studySessions = studySessions;
        this.attempts = attempts;
        this.skillMasteries = skillMasteries;
        this.writes = writes;
        this.masteryRules = masteryRules;
        this.rewards = rewards;
    }

    StudySession startStudySession(UUID learnerId, StudyScope scope, StudyMode mode, int minDifficulty, int maxDifficulty) {
        Checks.required("scope", scope);
        Checks.required("mode", mode);
        if (minDifficulty < 1 || maxDifficulty > 5 || minDifficulty > maxDifficulty) {
            throw new InvalidInputException("difficulty", "must be a range within 1 to 5, lowest first");
        }
        return units.write(() -> {
            learners.require(learnerId);
            switch (scope.kind()) {
                case ASSESSMENT -> definitions.find(scope.assessmentId())
                        .orElseThrow(() -> new NotFoundException("assessment", scope.assessmentId()));
                case COURSE -> courses.find(scope.courseId()).filter(c -> !c.deleted())
                        .orElseThrow(() -> new NotFoundException("course", scope.courseId()));
                case SKILLS -> scope.skillIds().forEach(id -> skills.find(id).orElseThrow(() -> new NotFoundException("skill", id)));
            }
            var session = new StudySession(ids.next(), learnerId, scope, mode, minDifficulty, maxDifficulty, units.now(), null,
                    0, 0, Duration.ZERO, 1);
            studySessions.insert(session);
            return session;
        });
    }

    List<QuestionView> nextQuestions(UUID sessionId, int count) {
        Checks.range("count", count, 1, 200);
        Checks.required("sessionId", sessionId);
        return units.read(() -> {
            StudySessions.SessionWithNext read = studySessions.findWithNext(sessionId, count)
                    .orElseThrow(() -> new NotFoundException("study session", sessionId));
            requireOpen(read.session());
            List<QuestionView> next = new ArrayList<>();
            for (StudySessions.Candidate candidate : StudyOrder.first(read.next(), count)) {
                next.add(QuestionView.of(candidate.question(), next.size() + 1, false));
            }
            return next;
        });
    }

    PracticeAnswer answerPractice(UUID sessionId, UUID questionId, Response response, Duration timeSpent) {
        Checks.required("questionId", questionId);
        Checks.required("response", response);
        Duration spent = Checks.duration("timeSpent", timeSpent == null ? Duration.ZERO : timeSpent, Checks.MAX_TIME_SPENT);
        return units.write(() -> {
            StudySession session = openSession(sessionId);
            Question question = studySessions.candidates(session).stream().map(StudySessions.Candidate::question)
                    .filter(q -> q.id().equals(questionId)).findFirst()
                    .orElseThrow(() -> definitions.findQuestion(questionId).isPresent()
                            ? new InvalidInputException("questionId", "is not in the study session's scope and difficulty")
                            : new NotFoundException("question", questionId));
            question.details().requireFits(response);
            UUID skillId = question.details().skillId();
            var mastery = new MasteryUpdate(masteryRules, session.learnerId(),
                    skillId == null ? List.of() : skillMasteries.find(session.learnerId(), List.of(skillId)));
            Rewards.Before before = rewards.read(Set.of(session.learnerId()), PRACTICE);
            Instant now = units.now();
            Scorer.QuestionResult result = Scorer.grade(GradedQuestion.of(question), response, false);
            var answer = new PracticeAnswer(ids.next(), sessionId, questionId, response, result.correct(), result.points(), now,
                    Duration.ofMillis(spent.toMillis()), question.details().answerKey(), question.details().explanation());
            studySessions.record(answer, session.learnerId());
            attempts.addToStats(Grading.statsDeltas(List.of(result), Map.of(questionId, answer.timeSpent())));
            mastery.record(skillId, result.correct(), now);
            writes.write(mastery.changed());
            rewards.apply(before, List.of(new EngagementEvent.PracticeAnswered(session.learnerId(), questionId, result.correct(),
                    mastery.newlyMastered())), now);
            return answer;
        });
    }

    StudySession endStudySession(UUID sessionId) {
        return units.write(() -> {
            StudySession s = openSession(sessionId);
            Instant now = units.now();
            studySessions.end(sessionId, now);
            return new StudySession(s.id(), s.learnerId(), s.scope(), s.mode(), s.minDifficulty(), s.maxDifficulty(),
                    s.startedAt(), now, s.answered(), s.correct(), s.timeSpent(), s.version() + 1);
        });
    }

    private StudySession openSession(UUID sessionId) {
        Checks.required("sessionId", sessionId);
        StudySession session = studySessions.find(sessionId)
                .orElseThrow(() -> new NotFoundException("study session", sessionId));
        requireOpen(session);
        return session;
    }

    private static void requireOpen(StudySession session) {
        if (session.endedAt() != null) {
            throw new RuleViolationException("study.ended", "study session " + session.id() + " has ended");
        }
    }
}

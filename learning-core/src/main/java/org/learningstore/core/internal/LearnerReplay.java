package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.imports.HistoryEvent;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.engagement.EngagementEvent;
import org.learningstore.core.internal.engagement.ReplayedRewards;
import org.learningstore.core.internal.engagement.RewardsPolicy;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerKind;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.MasteryRules;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.SkillMastery;

/**
 * One new learner's history, replayed event by event through the rules the per-call services
 * apply ({@link Grading}, {@link LessonCompletion}, {@link MasteryUpdate}, {@link RewardsPolicy}),
 * against the learner's rows as this replay holds them (for a new learner, exactly what the store
 * would read). The learner's rows go to the batch's {@link ImportBatchRows} as they end up: the
 * learner, enrollments, lesson progress and mastery when the history ends ({@link #finish}); seats,
 * XP entries, awards, events, graded attempts with their answers and question statistics as the
 * calls would write them.
 */
final class LearnerReplay implements ReplayedRewards.LearnerRows {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private final UUID learnerId;
    private final ImportCatalog catalog;
    private final MasteryRules masteryRules;
    private final Ids ids;
    private final ImportBatchRows rows;
    private final ReplayedRewards rewards;
    private final Map<UUID, Enrollment> enrollments = new LinkedHashMap<>();
    private final Map<UUID, LessonProgress> lessons = new LinkedHashMap<>();
    private final Map<UUID, SkillMastery> masteries = new LinkedHashMap<>();
    private final Map<UUID, Integer> attemptsUsed = new HashMap<>();
    private final Set<UUID> passed = new HashSet<>();
    private final List<UUID> perfectScores = new ArrayList<>();
    private final TreeMap<Long, Integer> answerDays = new TreeMap<>();
    private long gradedAnswers;
    private Learner learner;
    private Instant now;

    LearnerReplay(UUID learnerId, ImportCatalog catalog, MasteryRules masteryRules, RewardsPolicy policy, Ids ids,
                  ImportBatchRows rows) {
        this.learnerId = learnerId;
        this.catalog = catalog;
        this.masteryRules = masteryRules;
        this.ids = ids;
        this.rows = rows;
        this.rewards = new ReplayedRewards(learnerId, policy, catalog.activeAchievements(), this, rows);
    }

    /** As {@code learners().createAnonymous()} at {@code createdAt}. */
    void create(Instant createdAt) {
        now = micros(createdAt);
        learner = new Learner(learnerId, LearnerKind.ANONYMOUS, LearnerProfile.anonymous(), 0, now, now, null, 1, null);
        rows.created(learner);
    }

    void replay(HistoryEvent event, String path) {
        if (event instanceof HistoryEvent.Enrolled enrolled) {
            enroll(enrolled, path);
        } else if (event instanceof HistoryEvent.LessonCompleted completed) {
            completeLesson(completed, path);
        } else if (event instanceof HistoryEvent.AttemptSubmitted attempt) {
            submit(attempt, path);
        } else {
            throw new InvalidInputException(path, "is required");
        }
    }

    private void enroll(HistoryEvent.Enrolled event, String path) {
        now = at(path + ".at", event.at());
        UUID courseId = Checks.required(path + ".courseId", event.courseId());
        ImportCatalog.CourseEntry course = catalog.course(courseId)
                .orElseThrow(() -> new InvalidInputException(path + ".courseId", "is not a course of the store"));
        if (course.course().status() != CourseStatus.PUBLISHED) {
            throw new InvalidInputException(path + ".courseId", "course.not_published: the course is "
                    + course.course().status().code());
        }
        if (enrollments.containsKey(courseId)) {
            return;
        }
        Instant at = now;
        var before = rewards.read(Set.of(learnerId), EnrollmentService.ENROLLED);
        var enrollment = new Enrollment(ids.next(), courseId, learnerId, EnrollmentStatus.ACTIVE, at, null, 0,
                course.firstLesson().orElse(null), at, 1);
        rows.seatTaken(courseId);
        enrollments.put(courseId, enrollment);
        rewards.apply(before, List.of(new EngagementEvent.Enrolled(learnerId, courseId)), at);
    }

    private void completeLesson(HistoryEvent.LessonCompleted event, String path) {
        now = at(path + ".at", event.at());
        UUID lessonId = Checks.required(path + ".lessonId", event.lessonId());
        ImportCatalog.LessonEntry lesson = catalog.lesson(lessonId)
                .orElseThrow(() -> new InvalidInputException(path + ".lessonId", "is not a lesson of the store"));
        var context = new LessonProgressRecords.LessonContext(lesson.courseId(), Optional.ofNullable(lessons.get(lessonId)),
                Optional.ofNullable(enrollments.get(lesson.courseId())), lesson.publishedLessons(),
                completedOf(lesson.publishedLessons()));
        var before = rewards.read(Set.of(learnerId), LessonProgressService.COMPLETION_KINDS);
        LessonCompletion completion = LessonCompletion.of(learnerId, lessonId, context);
        LessonChange change = completion.complete(completion.currentOrNew(now), now);
        write(change);
        rewards.apply(before, LessonEvents.of(learnerId, lesson.courseId(), context.progress(), context.enrollment(), change),
                now);
    }

    private void submit(HistoryEvent.AttemptSubmitted event, String path) {
        UUID attemptId = Checks.required(path + ".attemptId", event.attemptId());
        UUID assessmentId = Checks.required(path + ".assessmentId", event.assessmentId());
        ImportCatalog.AssessmentEntry entry = catalog.assessment(assessmentId)
                .orElseThrow(() -> new InvalidInputException(path + ".assessmentId", "is not an assessment of the store"));
        Assessment assessment = entry.assessment();
        Attempt attempt = start(attemptId, assessment, entry.questions(), at(path + ".startedAt", event.startedAt()), path);
        Map<UUID, Answer> answers = new LinkedHashMap<>();
        List<HistoryEvent.Answered> answered = Checks.required(path + ".answers", event.answers());
        for (int i = 0; i < answered.size(); i++) {
            Answer answer = answer(attempt, entry.questions(), answered.get(i), path + ".answers[" + i + "]");
            Answer replaced = answers.put(answer.questionId(), answer);
            if (replaced != null) {
                answerDays.merge(day(replaced.answeredAt()), -1, Integer::sum);
            }
            answerDays.merge(day(answer.answeredAt()), 1, Integer::sum);
            attempt = withVersion(attempt, attempt.version() + 1);
        }
        now = at(path + ".submittedAt", event.submittedAt());
        boolean overdue = attempt.deadline() != null && now.isAfter(attempt.deadline());
        grade(attempt, entry, new ArrayList<>(answers.values()), overdue ? AttemptStatus.EXPIRED : AttemptStatus.SUBMITTED,
                overdue ? attempt.deadline() : now);
    }

    private Attempt start(UUID attemptId, Assessment assessment, List<Question> questions, Instant startedAt, String path) {
        now = startedAt;
        int used = attemptsUsed.getOrDefault(assessment.id(), 0);
        Integer allowed = assessment.details().maxAttempts();
        if (allowed != null && used >= allowed) {
            throw new InvalidInputException(path, "attempt.max_attempts: the learner has used all " + allowed + " attempts");
        }
        Duration limit = assessment.details().timeLimit();
        var attempt = new Attempt(attemptId, assessment.id(), learnerId, used + 1, AttemptStatus.IN_PROGRESS, now,
                limit == null ? null : now.plus(limit), null, null, null, null, null, null,
                questions.stream().map(Question::id).toList(), 1, null, null);
        attemptsUsed.put(assessment.id(), used + 1);
        return attempt;
    }

    private Answer answer(Attempt attempt, List<Question> questions, HistoryEvent.Answered answered, String path) {
        Checks.required(path, answered);
        Instant at = at(path + ".answeredAt", answered.answeredAt());
        if (attempt.deadline() != null && at.isAfter(attempt.deadline())) {
            throw new InvalidInputException(path + ".answeredAt", "attempt.deadline_passed: after the attempt's deadline");
        }
        now = at;
        UUID questionId = Checks.required(path + ".questionId", answered.questionId());
        Question question = questions.stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new InvalidInputException(path + ".questionId", "is not a question of the attempt's assessment"));
        Duration spent;
        try {
            question.details().requireFits(answered.response());
            spent = Checks.duration("timeSpent", answered.timeSpent() == null ? Duration.ZERO : answered.timeSpent(),
                    Checks.MAX_TIME_SPENT);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + "." + e.field(), e.reason());
        }
        return new Answer(attempt.id(), questionId, answered.response(), null, null, at, Duration.ofMillis(spent.toMillis()), null);
    }

    /** As {@link AttemptGrader#close}, from this replay's rows. */
    private void grade(Attempt attempt, ImportCatalog.AssessmentEntry entry, List<Answer> answers, AttemptStatus status,
                       Instant closedAt) {
        Assessment assessment = entry.assessment();
        UUID lessonId = assessment.lessonId();
        List<UUID> published = lessonId == null ? List.of()
                : catalog.lesson(lessonId).map(ImportCatalog.LessonEntry::publishedLessons).orElse(List.of());
        Set<UUID> skills = new HashSet<>();
        entry.questions().forEach(q -> {
            if (q.details().skillId() != null) {
                skills.add(q.details().skillId());
            }
        });
        var context = new Attempts.GradingContext(
                new Attempts.AttemptContext(attempt, assessment, entry.questions(), answers, List.of(),
                        passed.contains(assessment.id())),
                new Attempts.ProgressContext(true, Optional.ofNullable(lessonId == null ? null : lessons.get(lessonId)),
                        Optional.ofNullable(enrollments.get(assessment.courseId())), published, completedOf(published),
                        skills.stream().map(masteries::get).filter(m -> m != null).toList()));
        Instant at = now;
        var before = rewards.read(Set.of(learnerId), AttemptGrader.KINDS);
        Grading.Outcome outcome = Grading.close(context, masteryRules, status, closedAt);
        Map<UUID, Scorer.QuestionResult> grades = new HashMap<>();
        outcome.answerGrades().forEach(result -> grades.put(result.questionId(), result));
        rows.graded(new Attempts.ImportedAttempt(outcome.graded(), outcome.gradedAgainst(), answers.stream().map(a -> {
            Scorer.QuestionResult grade = grades.get(a.questionId());
            return new Answer(a.attemptId(), a.questionId(), a.response(), grade == null ? null : grade.correct(),
                    grade == null ? null : grade.points(), a.answeredAt(), a.timeSpent(), a.feedback());
        }).toList()), outcome.statsDeltas());
        outcome.lesson().ifPresent(this::write);
        outcome.masteries().forEach(m -> masteries.put(m.skillId(), m));
        Attempt graded = outcome.graded();
        if (Boolean.TRUE.equals(graded.passed())) {
            passed.add(assessment.id());
        }
        if (graded.percent() != null && graded.percent() == 100) {
            perfectScores.add(assessment.courseId());
        }
        gradedAnswers += answers.stream().filter(a -> grades.containsKey(a.questionId())).count();
        rewards.apply(before, AttemptGrader.events(context, outcome), at);
    }

    /**
     * Hands on the rows the history left that were kept here as they changed; the learner's row
     * as the ledger leaves it: its XP, and one version step for each entry added.
     */
    void finish() {
        var finished = new Learner(learnerId, learner.kind(), learner.profile(), rewards.totalXp(), learner.createdAt(),
                learner.lastActiveAt(), null, learner.version() + rewards.payments(), null);
        rows.finished(finished, List.copyOf(enrollments.values()), List.copyOf(lessons.values()),
                List.copyOf(masteries.values()));
    }

    private void write(LessonChange change) {
        if (change.write() != LessonChange.Write.NONE) {
            lessons.put(change.progress().lessonId(), change.progress());
        }
        change.enrollment().ifPresent(e -> enrollments.put(e.courseId(), e));
    }

    private List<UUID> completedOf(List<UUID> published) {
        return published.stream().filter(id -> lessons.containsKey(id) && lessons.get(id).status() == LessonStatus.COMPLETED)
                .toList();
    }

    @Override
    public Instant now() {
        return now;
    }

    /** As the store's metric read counts this learner's rows. */
    @Override
    public long value(AchievementCriteria criteria) {
        UUID scope = criteria.scopeCourseId();
        return switch (criteria.metric()) {
            case LESSONS_COMPLETED -> lessons.values().stream().filter(p -> p.status() == LessonStatus.COMPLETED)
                    .filter(p -> scope == null || catalog.lesson(p.lessonId()).map(l -> l.courseId().equals(scope)).orElse(false))
                    .count();
            case COURSES_COMPLETED -> enrollments.values().stream().filter(e -> e.status() == EnrollmentStatus.COMPLETED)
                    .filter(e -> scope == null || e.courseId().equals(scope)).count();
            case ASSESSMENTS_PASSED -> passed.stream().filter(a -> scope == null
                    || catalog.assessment(a).map(e -> scope.equals(e.assessment().courseId())).orElse(false)).count();
            case PERFECT_SCORES -> perfectScores.stream().filter(c -> scope == null || scope.equals(c)).count();
            case QUESTIONS_ANSWERED -> gradedAnswers;
            case SKILLS_MASTERED -> masteries.values().stream().filter(m -> m.status() == MasteryStatus.MASTERED)
                    .filter(m -> criteria.scopeSkillId() == null || criteria.scopeSkillId().equals(m.skillId())).count();
            default -> 0;
        };
    }

    /** Days of lesson starts and completions and of answers, as the store's streak read finds them. */
    @Override
    public List<Long> activeDaysNewestFirst(long fromDay) {
        TreeMap<Long, Boolean> days = new TreeMap<>();
        for (LessonProgress p : lessons.values()) {
            if (p.startedAt() != null) {
                days.put(day(p.startedAt()), true);
            }
            if (p.completedAt() != null) {
                days.put(day(p.completedAt()), true);
            }
        }
        answerDays.forEach((day, count) -> {
            if (count > 0) {
                days.put(day, true);
            }
        });
        return new ArrayList<>(days.tailMap(fromDay, true).descendingKeySet());
    }

    private static long day(Instant at) {
        return Math.floorDiv(ChronoUnit.MICROS.between(Instant.EPOCH, at), MICROS_PER_DAY);
    }

    private Instant at(String field, Instant value) {
        Instant at = micros(Checks.instant(field, value));
        if (at.isBefore(now)) {
            throw new InvalidInputException(field, "is before the learner's previous event");
        }
        return at;
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static Attempt withVersion(Attempt a, long version) {
        return new Attempt(a.id(), a.assessmentId(), a.learnerId(), a.number(), a.status(), a.startedAt(), a.deadline(),
                a.submittedAt(), a.score(), a.maxScore(), a.percent(), a.passed(), a.previousScore(), a.questionOrder(), version,
                a.metadata(), a.feedback());
    }
}

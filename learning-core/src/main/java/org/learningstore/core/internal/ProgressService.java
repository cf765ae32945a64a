package org.learningstore.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionView;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.LearnerStatistics;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.port.StudySessions;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LearnerStats;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.MasteryRules;
import org.learningstore.core.progress.PracticeAnswer;
import org.learningstore.core.progress.Progress;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

/** Enrollment, lesson progress, mastery and study sessions; the dashboard and stats. */
public final class ProgressService extends BackendService implements Progress {
    private static final int STREAK_WINDOW_DAYS = 400;

    private final MasteryRules masteryRules;

    public ProgressService(StoreBackend store, Clock clock, Ids ids, String actor, MasteryRules masteryRules) {
        super(store, clock, ids, actor);
        this.masteryRules = masteryRules;
    }

    // enrollment

    @Override
    public Enrollment enroll(UUID learnerId, UUID courseId) {
        return write(() -> {
            liveLearner(learnerId);
            Course course = store.courses().find(Checks.required("courseId", courseId)).filter(c -> !c.deleted())
                    .orElseThrow(() -> new NotFoundException("course", courseId));
            if (course.status() != CourseStatus.PUBLISHED) {
                throw new RuleViolationException("course.not_published", "course " + courseId + " is " + course.status().code());
            }
            Optional<Enrollment> existing = store.enrollments().find(learnerId, courseId);
            if (existing.isPresent() && existing.get().status() != EnrollmentStatus.DROPPED) {
                return existing.get();
            }
            List<UUID> lessons = existing.isPresent() ? List.of() : store.enrollments().publishedLessons(courseId);
            Instant now = now();
            store.enrollments().takeSeat(courseId,
                    () -> new RuleViolationException("course.full", "course " + courseId + " has no seat left"));
            if (existing.isPresent()) {
                Enrollment e = existing.get();
                var back = new Enrollment(e.id(), courseId, learnerId, EnrollmentStatus.ACTIVE, e.enrolledAt(), null,
                        e.progressPercent(), e.currentLessonId(), now, e.version() + 1);
                store.enrollments().update(back, e.version());
                return back;
            }
            var enrollment = new Enrollment(ids.next(), courseId, learnerId, EnrollmentStatus.ACTIVE, now, null, 0,
                    lessons.isEmpty() ? null : lessons.get(0), now, 1);
            store.enrollments().insert(enrollment);
            return enrollment;
        });
    }

    @Override
    public Enrollment drop(UUID learnerId, UUID courseId) {
        return write(() -> {
            Enrollment e = store.enrollments().find(Checks.required("learnerId", learnerId), Checks.required("courseId", courseId))
                    .orElseThrow(() -> new NotFoundException("enrollment", learnerId + " in " + courseId));
            if (e.status() == EnrollmentStatus.DROPPED) {
                return e;
            }
            if (e.status() == EnrollmentStatus.COMPLETED) {
                throw new RuleViolationException("enrollment.completed", "a completed enrollment cannot be dropped");
            }
            var dropped = new Enrollment(e.id(), courseId, learnerId, EnrollmentStatus.DROPPED, e.enrolledAt(), null,
                    e.progressPercent(), e.currentLessonId(), now(), e.version() + 1);
            store.enrollments().update(dropped, e.version());
            store.enrollments().releaseSeat(courseId);
            return dropped;
        });
    }

    @Override
    public Optional<Enrollment> enrollment(UUID learnerId, UUID courseId) {
        Checks.required("learnerId", learnerId);
        Checks.required("courseId", courseId);
        return read(() -> store.enrollments().find(learnerId, courseId));
    }

    // lesson progress

    @Override
    public LessonProgress startLesson(UUID learnerId, UUID lessonId) {
        return changeLesson(learnerId, lessonId, (progress, now) -> progress.status() != LessonStatus.NOT_STARTED ? progress
                : with(progress, LessonStatus.IN_PROGRESS, now, progress.timeSpent(), progress.lastPosition(), progress.bookmarks()));
    }

    @Override
    public LessonProgress recordTime(UUID learnerId, UUID lessonId, Duration spent) {
        Checks.required("spent", spent);
        if (spent.isNegative() || spent.toDays() >= 1) {
            throw new InvalidInputException("spent", "must be between 0 and 24 hours");
        }
        Duration millis = Duration.ofMillis(spent.toMillis());
        return write(() -> {
            liveLearner(learnerId);
            Instant now = now();
            LessonCompletion lesson = LessonCompletion.read(store, learnerId, Checks.required("lessonId", lessonId));
            if (lesson.current().isPresent()) {
                LessonProgress current = lesson.current().get();
                store.lessonProgress().addTime(learnerId, lessonId, millis);
                return new LessonProgress(learnerId, lessonId, current.status(), current.startedAt(), current.completedAt(),
                        current.timeSpent().plus(millis), current.bestScore(), current.attempts(), current.lastPosition(),
                        current.bookmarks(), current.updatedAt(), current.version());
            }
            LessonProgress fresh = lesson.currentOrNew(now);
            return lesson.save(with(fresh, LessonStatus.IN_PROGRESS, now, millis, null, List.of()), now);
        });
    }

    @Override
    public LessonProgress savePosition(UUID learnerId, UUID lessonId, String positionJson) {
        Checks.requiredText("position", positionJson, 100_000);
        FreeFormJson.requireObject("position", positionJson, store.json());
        return changeLesson(learnerId, lessonId, (progress, now) -> with(progress, started(progress.status()), now,
                progress.timeSpent(), positionJson, progress.bookmarks()));
    }

    @Override
    public LessonProgress saveBookmarks(UUID learnerId, UUID lessonId, List<String> bookmarks) {
        List<String> checked = Checks.texts("bookmarks", Checks.required("bookmarks", bookmarks), 200, 1_000);
        return changeLesson(learnerId, lessonId, (progress, now) -> with(progress, started(progress.status()), now,
                progress.timeSpent(), progress.lastPosition(), checked));
    }

    @Override
    public LessonProgress completeLesson(UUID learnerId, UUID lessonId) {
        return write(() -> {
            liveLearner(learnerId);
            Instant now = now();
            LessonCompletion lesson = LessonCompletion.read(store, learnerId, Checks.required("lessonId", lessonId));
            return lesson.complete(lesson.currentOrNew(now), now);
        });
    }

    @Override
    public Optional<LessonProgress> lessonProgress(UUID learnerId, UUID lessonId) {
        Checks.required("learnerId", learnerId);
        Checks.required("lessonId", lessonId);
        return read(() -> store.lessonProgress().find(learnerId, lessonId));
    }

    private interface LessonChange {
        LessonProgress apply(LessonProgress progress, Instant now);
    }

    private LessonProgress changeLesson(UUID learnerId, UUID lessonId, LessonChange change) {
        return write(() -> {
            liveLearner(learnerId);
            Instant now = now();
            LessonCompletion lesson = LessonCompletion.read(store, learnerId, Checks.required("lessonId", lessonId));
            LessonProgress current = lesson.currentOrNew(now);
            LessonProgress next = change.apply(current, now);
            return next == current ? current : lesson.save(next, now);
        });
    }

    private static LessonStatus started(LessonStatus status) {
        return status == LessonStatus.NOT_STARTED ? LessonStatus.IN_PROGRESS : status;
    }

    private static LessonProgress with(LessonProgress p, LessonStatus status, Instant now, Duration time, String position,
                                       List<String> bookmarks) {
        return new LessonProgress(p.learnerId(), p.lessonId(), status, p.startedAt() == null ? now : p.startedAt(),
                p.completedAt(), time, p.bestScore(), p.attempts(), position, bookmarks, now, p.version() + 1);
    }

    // mastery

    @Override
    public List<SkillMastery> mastery(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        Instant now = now();
        return read(() -> store.skillMasteries().find(learnerId, null)).stream()
                .map(stored -> masteryRules.asOf(stored, now))
                .sorted(Comparator.comparing(SkillMastery::skillId))
                .toList();
    }

    // study sessions

    @Override
    public StudySession startStudySession(UUID learnerId, StudyScope scope, StudyMode mode, int minDifficulty, int maxDifficulty) {
        Checks.required("scope", scope);
        Checks.required("mode", mode);
        if (minDifficulty < 1 || maxDifficulty > 5 || minDifficulty > maxDifficulty) {
            throw new InvalidInputException("difficulty", "must be a range within 1 to 5, lowest first");
        }
        return write(() -> {
            liveLearner(learnerId);
            switch (scope.kind()) {
                case ASSESSMENT -> store.assessmentDefinitions().find(scope.assessmentId())
                        .orElseThrow(() -> new NotFoundException("assessment", scope.assessmentId()));
                case COURSE -> store.courses().find(scope.courseId()).filter(c -> !c.deleted())
                        .orElseThrow(() -> new NotFoundException("course", scope.courseId()));
                case SKILLS -> scope.skillIds().forEach(id -> store.skills().find(id).orElseThrow(() -> new NotFoundException("skill", id)));
            }
            var session = new StudySession(ids.next(), learnerId, scope, mode, minDifficulty, maxDifficulty, now(), null,
                    0, 0, Duration.ZERO, 1);
            store.studySessions().insert(session);
            return session;
        });
    }

    @Override
    public List<QuestionView> nextQuestions(UUID sessionId, int count) {
        Checks.range("count", count, 1, 200);
        return read(() -> {
            StudySession session = openSession(sessionId);
            List<StudySessions.Candidate> ordered = new ArrayList<>(store.studySessions().candidates(session));
            ordered.sort(Comparator.comparingInt(ProgressService::priority)
                    .thenComparing(c -> c.lastAnsweredAt() == null ? Instant.MIN : c.lastAnsweredAt()));
            List<QuestionView> next = new ArrayList<>();
            for (StudySessions.Candidate candidate : ordered.subList(0, Math.min(count, ordered.size()))) {
                next.add(QuestionView.of(candidate.question(), next.size() + 1, false));
            }
            return next;
        });
    }

    /** Never answered first, then last answered wrong, then the rest. */
    private static int priority(StudySessions.Candidate candidate) {
        if (candidate.lastAnsweredAt() == null) {
            return 0;
        }
        return Boolean.FALSE.equals(candidate.lastCorrect()) ? 1 : 2;
    }

    @Override
    public PracticeAnswer answerPractice(UUID sessionId, UUID questionId, Response response, Duration timeSpent) {
        Checks.required("questionId", questionId);
        Checks.required("response", response);
        Duration spent = timeSpent == null ? Duration.ZERO : timeSpent;
        if (spent.isNegative() || spent.toDays() >= 1) {
            throw new InvalidInputException("timeSpent", "must be between 0 and 24 hours");
        }
        return write(() -> {
            StudySession session = openSession(sessionId);
            Question question = store.studySessions().candidates(session).stream().map(StudySessions.Candidate::question)
                    .filter(q -> q.id().equals(questionId)).findFirst()
                    .orElseThrow(() -> store.assessmentDefinitions().findQuestion(questionId).isPresent()
                            ? new InvalidInputException("questionId", "is not in the study session's scope and difficulty")
                            : new NotFoundException("question", questionId));
            question.details().requireFits(response);
            MasteryUpdate mastery = MasteryUpdate.read(store, masteryRules, session.learnerId(),
                    question.details().skillId() == null ? List.of() : List.of(question.details().skillId()));
            Instant now = now();
            Scorer.QuestionResult result = Scorer.grade(GradedQuestion.of(question), response, false);
            var answer = new PracticeAnswer(ids.next(), sessionId, questionId, response, result.correct(), result.points(), now,
                    Duration.ofMillis(spent.toMillis()), question.details().answerKey(), question.details().explanation());
            store.studySessions().record(answer, session.learnerId());
            store.attempts().addToStats(List.of(new Attempts.StatsDelta(questionId, 1, result.correct() ? 1 : 0, answer.timeSpent())));
            mastery.record(question.details().skillId(), result.correct(), now);
            mastery.save();
            return answer;
        });
    }

    @Override
    public StudySession endStudySession(UUID sessionId) {
        return write(() -> {
            StudySession s = openSession(sessionId);
            Instant now = now();
            store.studySessions().end(sessionId, now);
            return new StudySession(s.id(), s.learnerId(), s.scope(), s.mode(), s.minDifficulty(), s.maxDifficulty(),
                    s.startedAt(), now, s.answered(), s.correct(), s.timeSpent(), s.version() + 1);
        });
    }

    private StudySession openSession(UUID sessionId) {
        Checks.required("sessionId", sessionId);
        StudySession session = store.studySessions().find(sessionId)
                .orElseThrow(() -> new NotFoundException("study session", sessionId));
        if (session.endedAt() != null) {
            throw new RuleViolationException("study.ended", "study session " + sessionId + " has ended");
        }
        return session;
    }

    // reads

    @Override
    public Page<DashboardEntry> dashboard(UUID learnerId, PageRequest page) {
        Checks.required("learnerId", learnerId);
        Checks.required("page", page);
        return read(() -> store.enrollments().dashboard(learnerId, page));
    }

    @Override
    public LearnerStats stats(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        long today = LocalDate.ofInstant(now(), ZoneOffset.UTC).toEpochDay();
        return read(() -> {
            Learner learner = liveLearner(learnerId);
            LearnerStatistics.Totals totals = store.learnerStatistics().totals(learnerId);
            List<Long> days = store.learnerStatistics().activeDays(learnerId, today - STREAK_WINDOW_DAYS);
            return new LearnerStats(totals.lessonsCompleted(), totals.assessmentsPassed(), totals.averagePercent(),
                    totals.lessonTime(), streak(days, today), learner.totalXp());
        });
    }

    /** Consecutive days ending today, or yesterday when today has no activity yet. */
    static int streak(List<Long> daysNewestFirst, long today) {
        if (daysNewestFirst.isEmpty() || daysNewestFirst.get(0) < today - 1) {
            return 0;
        }
        int streak = 1;
        for (int i = 1; i < daysNewestFirst.size() && daysNewestFirst.get(i) == daysNewestFirst.get(i - 1) - 1; i++) {
            streak++;
        }
        return streak;
    }

    private Learner liveLearner(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        return store.learnerProfiles().find(learnerId).filter(l -> l.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException("learner", learnerId));
    }
}

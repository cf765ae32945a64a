package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertIterableEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.imports.HistoryEvent;
import org.learningstore.core.imports.ImportOptions;
import org.learningstore.core.imports.ImportReport;
import org.learningstore.core.imports.LearnerHistory;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.PageRequest;

/**
 * The bulk import, on every backend: the same seeded histories made through the per-call API and
 * imported leave the same observable state; a bad row is refused by name with nothing of its batch
 * written; a batch costs the statements the table gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ImportContract {
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> KEYS = List.of("a", "b", "c", "d");
    private static final int COURSES = 2;
    private static final int LESSONS = 4;
    private static final int LEARNERS = 6;

    /** Before RewardsContract's clock, so its XP windows never see this group's XP. */
    protected final MutableClock clock = new MutableClock(Instant.parse("2031-05-04T09:00:00Z"));
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /**
     * One copy of the test catalog: two published courses of two modules of two lessons, a quiz per
     * lesson (single choice, true/false and numeric questions; the second course's quizzes timed),
     * a course exam of two attempts at most, a skill, and achievements scoped to each course.
     */
    private record Side(List<Course> courses, List<List<Lesson>> lessons, List<List<Assessment>> quizzes,
                        List<Assessment> exams, Map<UUID, List<Question>> questions, List<Achievement> achievements) {
    }

    private Side side(Map<String, String> labels, String name) {
        var catalog = store.catalog();
        UUID skill = catalog.createSkill(SkillDetails.of(CatalogContract.slug("import-skill")), null).id();
        labels.put(skill.toString(), "skill");
        List<Course> courses = new ArrayList<>();
        List<List<Lesson>> lessons = new ArrayList<>();
        List<List<Assessment>> quizzes = new ArrayList<>();
        List<Assessment> exams = new ArrayList<>();
        Map<UUID, List<Question>> questions = new HashMap<>();
        List<Achievement> achievements = new ArrayList<>();
        for (int c = 0; c < COURSES; c++) {
            String slug = CatalogContract.slug("import");
            Course course = catalog.createCourse(CourseDetails.builder(slug, "Import " + c).build());
            labels.put(course.id().toString(), "course" + c);
            labels.put(slug, "slug" + c);
            List<Lesson> courseLessons = new ArrayList<>();
            List<Assessment> courseQuizzes = new ArrayList<>();
            for (int m = 0; m < 2; m++) {
                CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Module " + m));
                labels.put(module.id().toString(), "module" + c + "." + m);
                for (int l = 0; l < LESSONS / 2; l++) {
                    Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("Lesson " + c + "." + m + "." + l).build());
                    labels.put(lesson.id().toString(), "lesson" + c + "." + courseLessons.size());
                    var details = AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz " + lesson.title()).passingScore(60);
                    if (c == 1) {
                        details.timeLimit(Duration.ofMinutes(5));
                    }
                    Assessment quiz = store.assessments().createLessonAssessment(lesson.id(), details.build());
                    label(labels, quiz, questions, "quiz" + c + "." + courseLessons.size(), skill);
                    courseLessons.add(lesson);
                    courseQuizzes.add(quiz);
                }
            }
            Assessment exam = store.assessments().createCourseAssessment(course.id(),
                    AssessmentDetails.builder(AssessmentKind.EXAM, "Exam " + c).passingScore(50).maxAttempts(2).build());
            label(labels, exam, questions, "exam" + c, skill);
            courses.add(catalog.publishCourse(course.id()));
            lessons.add(courseLessons);
            quizzes.add(courseQuizzes);
            exams.add(exam);
            List<AchievementCriteria> criteria = List.of(AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 2),
                    AchievementCriteria.of(AchievementMetric.COURSES_COMPLETED, 1),
                    AchievementCriteria.of(AchievementMetric.ASSESSMENTS_PASSED, 3),
                    AchievementCriteria.of(AchievementMetric.PERFECT_SCORES, 1));
            for (int a = 0; a < criteria.size(); a++) {
                Achievement achievement = store.engagement().achievements().define(new AchievementDetails(
                        CatalogContract.slug(name), "Import " + a, null, "badge", criteria.get(a).inCourse(course.id()), 5 * a, null));
                labels.put(achievement.id().toString(), "achievement" + c + "." + a);
                labels.put(achievement.details().code(), "code" + c + "." + a);
                achievements.add(achievement);
            }
        }
        Achievement mastered = store.engagement().achievements().define(new AchievementDetails(CatalogContract.slug(name),
                "Mastered", null, "badge", new AchievementCriteria(AchievementMetric.SKILLS_MASTERED, 1, null, skill), 7, null));
        labels.put(mastered.id().toString(), "mastered");
        labels.put(mastered.details().code(), "masteredCode");
        achievements.add(mastered);
        return new Side(courses, lessons, quizzes, exams, questions, achievements);
    }

    private void label(Map<String, String> labels, Assessment assessment, Map<UUID, List<Question>> questions, String name,
                       UUID skill) {
        labels.put(assessment.id().toString(), name);
        var assessments = store.assessments();
        List<QuestionOption> options = KEYS.stream().map(key -> QuestionOption.of(key, "Option " + key)).toList();
        List<Question> added = List.of(
                assessments.addQuestion(assessment.id(), QuestionDetails.singleChoice("Which? " + name, options, "b").withSkill(skill)),
                assessments.addQuestion(assessment.id(), QuestionDetails.trueFalse("True? " + name, true).withSkill(skill)),
                assessments.addQuestion(assessment.id(), QuestionDetails.numeric("How many? " + name, 12, 0.5).withPoints(2)));
        for (int q = 0; q < added.size(); q++) {
            labels.put(added.get(q).id().toString(), name + ".q" + q);
        }
        questions.put(assessment.id(), added);
    }

    /** What one learner does, by catalog position, so that it can be made on either side. */
    private sealed interface Step {
    }

    private record Enroll(int course, Instant at) implements Step {
    }

    /** {@code lesson} -1: the course exam. */
    private record Take(int course, int lesson, Instant startedAt, List<Reply> replies, Instant submittedAt) implements Step {
    }

    private record Reply(int question, boolean right, Duration spent, Instant at) {
    }

    private record Complete(int course, int lesson, Instant at) implements Step {
    }

    private record Plan(Instant createdAt, List<Step> steps) {
    }

    /** Learner i's history: enrolled in one or both courses, quizzes in lesson order, some failed and completed anyway. */
    private static Plan plan(Random random, int learner) {
        Instant at = Instant.parse("2031-05-04T10:00:00Z").plus(Duration.ofHours(learner)).plusNanos(123_456_789);
        Instant created = at;
        List<Step> steps = new ArrayList<>();
        for (int c = 0; c < COURSES; c++) {
            if (c == 1 && random.nextInt(3) == 0) {
                continue;
            }
            at = at.plus(Duration.ofMinutes(1));
            steps.add(new Enroll(c, at));
            int done = learner == 0 ? LESSONS : random.nextInt(LESSONS + 1);
            for (int l = 0; l < done; l++) {
                at = at.plus(Duration.ofHours(random.nextInt(2) == 0 ? 3 : 26));
                Instant start = at;
                List<Reply> replies = new ArrayList<>();
                for (int q = 0; q < 3; q++) {
                    if (random.nextInt(8) == 0) {
                        continue;
                    }
                    at = at.plusSeconds(20 + random.nextInt(40));
                    replies.add(new Reply(q, learner == 0 || random.nextInt(10) < 7, Duration.ofMillis(5_000 + random.nextInt(20_000)), at));
                }
                if (random.nextInt(6) == 0 && !replies.isEmpty()) {
                    at = at.plusSeconds(10);
                    replies.add(new Reply(replies.get(0).question(), !replies.get(0).right(), Duration.ofSeconds(3), at));
                }
                at = at.plus(c == 1 && random.nextInt(5) == 0 ? Duration.ofMinutes(9) : Duration.ofSeconds(15));
                steps.add(new Take(c, l, start, replies, at));
                if (random.nextInt(2) == 0) {
                    at = at.plusSeconds(30);
                    steps.add(new Complete(c, l, at));
                }
            }
            for (int e = 0; e < random.nextInt(3); e++) {
                at = at.plus(Duration.ofHours(5));
                Instant start = at;
                at = at.plusSeconds(40);
                steps.add(new Take(c, -1, start, List.of(new Reply(2, random.nextBoolean(), Duration.ofSeconds(30), at)),
                        at.plusSeconds(5)));
                at = at.plusSeconds(5);
            }
        }
        return new Plan(created, steps);
    }

    private static Response response(Question question, boolean right) {
        return switch (question.details().kind()) {
            case SINGLE_CHOICE -> Response.Choices.of(right ? "b" : "c");
            case TRUE_FALSE -> new Response.Truth(right);
            default -> new Response.Number(right ? 12.25 : 3);
        };
    }

    private static Assessment assessment(Side side, int course, int lesson) {
        return lesson < 0 ? side.exams().get(course) : side.quizzes().get(course).get(lesson);
    }

    private void at(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    /** The plan made call by call, each call at its step's time; labels the learner and its attempts. */
    private void callByCall(Side side, Plan plan, int learner, Map<String, String> labels) {
        at(plan.createdAt());
        UUID learnerId = store.learners().createAnonymous().id();
        labels.put(learnerId.toString(), "learner" + learner);
        int attempts = 0;
        for (Step step : plan.steps()) {
            if (step instanceof Enroll enroll) {
                at(enroll.at());
                store.progress().enroll(learnerId, side.courses().get(enroll.course()).id());
            } else if (step instanceof Complete complete) {
                at(complete.at());
                store.progress().completeLesson(learnerId, side.lessons().get(complete.course()).get(complete.lesson()).id());
            } else if (step instanceof Take take) {
                Assessment assessment = assessment(side, take.course(), take.lesson());
                at(take.startedAt());
                Attempt attempt = store.assessments().startAttempt(assessment.id(), learnerId);
                labels.put(attempt.id().toString(), "attempt" + learner + "." + attempts++);
                for (Reply reply : take.replies()) {
                    at(reply.at());
                    Question question = side.questions().get(assessment.id()).get(reply.question());
                    store.assessments().answer(attempt.id(), question.id(), response(question, reply.right()), reply.spent());
                }
                at(take.submittedAt());
                store.assessments().submitAttempt(attempt.id());
            }
        }
    }

    /** The same plan as a history to import; labels the learner and its attempts as {@link #callByCall} does. */
    private static LearnerHistory history(Side side, Plan plan, int learner, Map<String, String> labels) {
        UUID learnerId = UUID.randomUUID();
        labels.put(learnerId.toString(), "learner" + learner);
        List<HistoryEvent> events = new ArrayList<>();
        int attempts = 0;
        for (Step step : plan.steps()) {
            if (step instanceof Enroll enroll) {
                events.add(new HistoryEvent.Enrolled(side.courses().get(enroll.course()).id(), enroll.at()));
            } else if (step instanceof Complete complete) {
                events.add(new HistoryEvent.LessonCompleted(side.lessons().get(complete.course()).get(complete.lesson()).id(),
                        complete.at()));
            } else if (step instanceof Take take) {
                Assessment assessment = assessment(side, take.course(), take.lesson());
                UUID attemptId = UUID.randomUUID();
                labels.put(attemptId.toString(), "attempt" + learner + "." + attempts++);
                List<HistoryEvent.Answered> answers = take.replies().stream().map(reply -> {
                    Question question = side.questions().get(assessment.id()).get(reply.question());
                    return new HistoryEvent.Answered(question.id(), response(question, reply.right()), reply.spent(), reply.at());
                }).toList();
                events.add(new HistoryEvent.AttemptSubmitted(attemptId, assessment.id(), take.startedAt(), answers,
                        take.submittedAt()));
            }
        }
        return new LearnerHistory(learnerId, plan.createdAt(), events);
    }

    /** Everything the public API shows of the learners and of the side's question statistics, with ids replaced by labels. */
    private List<String> observed(Side side, List<UUID> learners, Map<String, String> labels) {
        List<String> seen = new ArrayList<>();
        for (UUID learner : learners) {
            seen.add(String.valueOf(store.learners().find(learner)));
            seen.add(String.valueOf(store.progress().dashboard(learner, PageRequest.ofSize(10)).content()));
            seen.add(String.valueOf(store.progress().stats(learner)));
            seen.add(sorted(store.progress().mastery(learner), labels));
            for (int c = 0; c < COURSES; c++) {
                seen.add(String.valueOf(store.progress().enrollment(learner, side.courses().get(c).id())));
                for (int l = -1; l < LESSONS; l++) {
                    if (l >= 0) {
                        seen.add(String.valueOf(store.progress().lessonProgress(learner, side.lessons().get(c).get(l).id())));
                    }
                    for (Attempt attempt : store.assessments().attempts(assessment(side, c, l).id(), learner)) {
                        seen.add(String.valueOf(attempt));
                        seen.add(String.valueOf(store.assessments().viewAttempt(attempt.id()).items()));
                    }
                }
            }
            seen.add(sorted(store.engagement().xp().entries(learner, PageRequest.ofSize(100)).content(), labels));
            seen.add(sorted(store.engagement().achievements().earned(learner), labels));
            seen.add(sorted(store.engagement().events().byLearner(learner, CursorRequest.first(100)).content(), labels));
        }
        for (int c = 0; c < COURSES; c++) {
            for (int l = -1; l < LESSONS; l++) {
                side.questions().get(assessment(side, c, l).id())
                        .forEach(question -> seen.add(String.valueOf(store.assessments().questionStats(question.id()))));
            }
        }
        return seen.stream().map(text -> normalized(text, labels)).toList();
    }

    private static String sorted(List<?> items, Map<String, String> labels) {
        return items.stream().map(item -> normalized(String.valueOf(item), labels)).sorted().toList().toString();
    }

    /** Labels for the ids and slugs of the labelled rows; any other id (generated on each side) as {@code #}. */
    private static String normalized(String text, Map<String, String> labels) {
        String named = UUID_TEXT.matcher(text).replaceAll(match -> labels.getOrDefault(match.group(), "#"));
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (!UUID_TEXT.matcher(label.getKey()).matches()) {
                named = named.replace(label.getKey(), label.getValue());
            }
        }
        return named;
    }

    @Test
    void importedHistoriesLeaveWhatTheSameCallsLeave() {
        Map<String, String> byCall = new HashMap<>();
        Map<String, String> imported = new HashMap<>();
        Side called = side(byCall, "import-called");
        Side importedSide = side(imported, "import-imported");
        List<Plan> plans = IntStream.range(0, LEARNERS).mapToObj(i -> plan(new Random(7_000 + i), i)).toList();
        for (int i = 0; i < LEARNERS; i++) {
            callByCall(called, plans.get(i), i, byCall);
        }
        List<LearnerHistory> histories = IntStream.range(0, LEARNERS)
                .mapToObj(i -> history(importedSide, plans.get(i), i, imported)).toList();
        List<ImportReport> progress = new ArrayList<>();

        ImportReport report = store.imports().importHistories(histories, ImportOptions.defaults().withBatchSize(4)
                .withListener(progress::add));

        long events = plans.stream().mapToLong(p -> p.steps().size()).sum();
        long answers = plans.stream().flatMap(p -> p.steps().stream()).filter(s -> s instanceof Take)
                .mapToLong(s -> ((Take) s).replies().size()).sum();
        assertEquals(new ImportReport(2, LEARNERS, events, answers), report);
        assertEquals(List.of(new ImportReport(1, 4, progress.get(0).events(), progress.get(0).answers()), report), progress);
        List<UUID> calledLearners = learnersOf(byCall);
        List<UUID> importedLearners = histories.stream().map(LearnerHistory::id).toList();
        assertIterableEquals(observed(called, calledLearners, byCall), observed(importedSide, importedLearners, imported));
    }

    private static List<UUID> learnersOf(Map<String, String> labels) {
        UUID[] learners = new UUID[LEARNERS];
        labels.forEach((id, label) -> {
            if (label.matches("learner\\d+")) {
                learners[Integer.parseInt(label.substring("learner".length()))] = UUID.fromString(id);
            }
        });
        return List.of(learners);
    }

    /** A learner enrolled in the first course who took its first quiz, answering each question right. */
    private static LearnerHistory goodLearner(Side side, Instant at) {
        Assessment quiz = side.quizzes().get(0).get(0);
        List<HistoryEvent.Answered> answers = new ArrayList<>();
        for (Question question : side.questions().get(quiz.id())) {
            answers.add(new HistoryEvent.Answered(question.id(), response(question, true), Duration.ofSeconds(10),
                    at.plusSeconds(10 + answers.size())));
        }
        return new LearnerHistory(UUID.randomUUID(), at, List.of(new HistoryEvent.Enrolled(side.courses().get(0).id(), at),
                new HistoryEvent.AttemptSubmitted(UUID.randomUUID(), quiz.id(), at.plusSeconds(5), answers, at.plusSeconds(60))));
    }

    /** {@code goodLearner}'s history with its attempt's answers replaced. */
    private static LearnerHistory withAnswers(LearnerHistory history, List<HistoryEvent.Answered> answers) {
        var attempt = (HistoryEvent.AttemptSubmitted) history.events().get(1);
        return new LearnerHistory(history.id(), history.createdAt(), List.of(history.events().get(0),
                new HistoryEvent.AttemptSubmitted(attempt.attemptId(), attempt.assessmentId(), attempt.startedAt(), answers,
                        attempt.submittedAt())));
    }

    @Test
    void aBadRowIsRefusedByItsFieldWithNothingOfItsBatchWritten() {
        Side side = side(new HashMap<>(), "import-bad");
        Instant at = Instant.parse("2031-06-01T08:00:00Z");
        List<LearnerHistory> good = IntStream.range(0, 3).mapToObj(i -> goodLearner(side, at.plus(Duration.ofHours(i)))).toList();
        LearnerHistory third = good.get(2);
        var answers = new ArrayList<>(((HistoryEvent.AttemptSubmitted) third.events().get(1)).answers());
        answers.set(2, new HistoryEvent.Answered(answers.get(2).questionId(), new Response.Truth(true), Duration.ofSeconds(1),
                answers.get(2).answeredAt()));
        LearnerHistory bad = withAnswers(third, answers);
        Question numeric = side.questions().get(side.quizzes().get(0).get(0).id()).get(2);
        List<ImportReport> progress = new ArrayList<>();

        var refused = assertThrows(InvalidInputException.class, () -> store.imports().importHistories(
                List.of(good.get(0), good.get(1), good.get(2), bad), ImportOptions.defaults().withBatchSize(2)
                        .withListener(progress::add)));

        assertEquals("histories[3].events[1].answers[2].response", refused.field());
        assertEquals("does not fit a numeric question (batch 2 was not written; the 1 before it are committed)",
                refused.reason());
        assertEquals(List.of(new ImportReport(1, 2, 4, 6)), progress);
        assertEquals(good.get(1).id(), store.learners().find(good.get(1).id()).orElseThrow().id());
        assertEquals(Optional.empty(), store.learners().find(third.id()));
        assertEquals(2, store.assessments().questionStats(numeric.id()).timesAnswered());
    }

    /** The next batch is taken, its catalog read and replayed while the batch ahead of it is written. */
    @Test
    void aBadRowOfTheNextBatchFailsOnlyOnceTheBatchAheadIsCommitted() {
        Side side = side(new HashMap<>(), "import-next");
        Instant at = Instant.parse("2031-06-05T08:00:00Z");
        LearnerHistory second = goodLearner(side, at);
        List<ImportReport> progress = new ArrayList<>();

        var refused = assertThrows(InvalidInputException.class, () -> store.imports().importHistories(
                Arrays.asList(goodLearner(side, at), second, null), ImportOptions.defaults().withBatchSize(2)
                        .withListener(progress::add)));

        assertEquals("histories[2]", refused.field());
        assertEquals("is required (batch 2 was not written; the 1 before it are committed)", refused.reason());
        assertEquals(List.of(new ImportReport(1, 2, 4, 6)), progress);
        assertEquals(second.id(), store.learners().find(second.id()).orElseThrow().id());
    }

    @Test
    void aSourceThatFailsForTheNextBatchFailsOnlyOnceTheBatchAheadIsCommitted() {
        Side side = side(new HashMap<>(), "import-source");
        Instant at = Instant.parse("2031-06-06T08:00:00Z");
        LearnerHistory first = goodLearner(side, at);
        var failing = new IllegalStateException("the caller's source failed");
        Iterable<LearnerHistory> failingAfterFirst = () -> new Iterator<>() {
            private boolean taken;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public LearnerHistory next() {
                if (taken) {
                    throw failing;
                }
                taken = true;
                return first;
            }
        };
        List<ImportReport> progress = new ArrayList<>();

        assertSame(failing, assertThrows(IllegalStateException.class, () -> store.imports().importHistories(
                failingAfterFirst, ImportOptions.defaults().withBatchSize(1).withListener(progress::add))));

        assertEquals(List.of(new ImportReport(1, 1, 2, 3)), progress);
        assertEquals(first.id(), store.learners().find(first.id()).orElseThrow().id());
    }

    @Test
    void eachKindOfBadRowIsNamedAndChangesNothing() {
        Side side = side(new HashMap<>(), "import-worse");
        Instant at = Instant.parse("2031-06-02T08:00:00Z");
        LearnerHistory base = goodLearner(side, at);
        var attempt = (HistoryEvent.AttemptSubmitted) base.events().get(1);
        HistoryEvent.Answered first = attempt.answers().get(0);
        Assessment timed = side.quizzes().get(1).get(0);
        Question timedQuestion = side.questions().get(timed.id()).get(1);
        Assessment exam = side.exams().get(0);
        Question examQuestion = side.questions().get(exam.id()).get(1);
        HistoryEvent.AttemptSubmitted examAttempt = new HistoryEvent.AttemptSubmitted(UUID.randomUUID(), exam.id(),
                at.plusSeconds(100), List.of(new HistoryEvent.Answered(examQuestion.id(), new Response.Truth(true), null,
                at.plusSeconds(101))), at.plusSeconds(102));
        Map<String, LearnerHistory> cases = new java.util.LinkedHashMap<>();
        cases.put("histories[0].id", new LearnerHistory(null, at, base.events()));
        cases.put("histories[0].events[0].courseId", new LearnerHistory(UUID.randomUUID(), at,
                List.of(new HistoryEvent.Enrolled(UUID.randomUUID(), at))));
        cases.put("histories[0].events[1].startedAt", new LearnerHistory(UUID.randomUUID(), at, List.of(base.events().get(0),
                new HistoryEvent.AttemptSubmitted(UUID.randomUUID(), attempt.assessmentId(), at.minusSeconds(1), List.of(),
                        at.plusSeconds(1)))));
        cases.put("histories[0].events[1].answers[0].questionId", withAnswers(base, List.of(new HistoryEvent.Answered(
                timedQuestion.id(), first.response(), first.timeSpent(), first.answeredAt()))));
        cases.put("histories[0].events[1].answers[0].timeSpent", withAnswers(base, List.of(new HistoryEvent.Answered(
                first.questionId(), first.response(), Duration.ofSeconds(-1), first.answeredAt()))));
        cases.put("histories[0].events[1].answers[0].answeredAt", new LearnerHistory(UUID.randomUUID(), at, List.of(
                new HistoryEvent.Enrolled(side.courses().get(1).id(), at),
                new HistoryEvent.AttemptSubmitted(UUID.randomUUID(), timed.id(), at.plusSeconds(1), List.of(new HistoryEvent.Answered(
                        timedQuestion.id(), new Response.Truth(true), null, at.plusSeconds(302))), at.plusSeconds(303)))));
        cases.put("histories[0].events[4]", new LearnerHistory(UUID.randomUUID(), at, List.of(base.events().get(0),
                base.events().get(1), examAttempt, new HistoryEvent.AttemptSubmitted(UUID.randomUUID(), exam.id(),
                        at.plusSeconds(200), List.of(), at.plusSeconds(201)), new HistoryEvent.AttemptSubmitted(UUID.randomUUID(),
                        exam.id(), at.plusSeconds(300), List.of(), at.plusSeconds(301)))));
        Map<String, List<String>> before = kit().storedTables();
        for (Map.Entry<String, LearnerHistory> bad : cases.entrySet()) {
            var refused = assertThrows(InvalidInputException.class,
                    () -> store.imports().importHistories(List.of(bad.getValue())), bad.getKey());
            assertEquals(bad.getKey(), refused.field());
        }
        assertEquals("attempt.max_attempts: the learner has used all 2 attempts (batch 1 was not written; the 0 before it"
                + " are committed)", assertThrows(InvalidInputException.class,
                () -> store.imports().importHistories(List.of(cases.get("histories[0].events[4]")))).reason());
        assertEquals("batchSize", assertThrows(InvalidInputException.class,
                () -> store.imports().importHistories(List.of(base), ImportOptions.defaults().withBatchSize(0))).field());
        assertEquals(before, kit().storedTables());
    }

    /** 501 learners: each table's rows span more than one multi-row statement (500 rows at most each) on the file and Turso. */
    @Test
    void aBatchLargerThanOneMultiRowStatementIsWrittenWhole() {
        Side side = side(new HashMap<>(), "import-large");
        Instant at = Instant.parse("2031-06-04T08:00:00Z");
        Assessment quiz = side.quizzes().get(0).get(0);
        List<LearnerHistory> learners = IntStream.range(0, 501).mapToObj(i -> goodLearner(side, at)).toList();

        ImportReport report = store.imports().importHistories(learners, ImportOptions.defaults().withBatchSize(501));

        assertEquals(new ImportReport(1, 501, 1002, 1503), report);
        for (Question question : side.questions().get(quiz.id())) {
            assertEquals(501, store.assessments().questionStats(question.id()).timesAnswered());
            assertEquals(501, store.assessments().questionStats(question.id()).timesCorrect());
        }
        for (LearnerHistory learner : List.of(learners.get(0), learners.get(499), learners.get(500))) {
            List<Attempt> attempts = store.assessments().attempts(quiz.id(), learner.id());
            assertEquals(1, attempts.size());
            assertEquals(((HistoryEvent.AttemptSubmitted) learner.events().get(1)).attemptId(), attempts.get(0).id());
            assertEquals(100.0, attempts.get(0).percent());
            assertEquals(true, attempts.get(0).passed());
            assertEquals(3, store.assessments().viewAttempt(attempts.get(0).id()).items().size());
        }
    }

    @Test
    void aBatchCostsTheStatementsOfItsRows() {
        Side side = side(new HashMap<>(), "import-counted");
        Instant at = Instant.parse("2031-06-03T08:00:00Z");

        kit().expected("import, one learner enrolled with a quiz of 3 answers").assertMatches(statements.count(
                () -> store.imports().importHistories(List.of(goodLearner(side, at)))));
        kit().expected("import, two such learners in two batches").assertMatches(statements.count(
                () -> store.imports().importHistories(List.of(goodLearner(side, at), goodLearner(side, at)),
                        ImportOptions.defaults().withBatchSize(1))));
    }
}

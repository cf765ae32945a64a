package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.assessment.Response;

/** The sums reports are made of, each in a fixed number of statements whatever the data size. */
public interface ReportQueries {
    /** Sums over one course's enrollments (every status) and its enrolled learners' lesson progress. */
    record CourseFigures(UUID courseId, long enrolled, long active, long completed, double progressSum, long lessonTimeMs) {
    }

    /** The courses among {@code courseIds} that have enrollments; the others are left out. */
    List<CourseFigures> courseFigures(List<UUID> courseIds);

    /**
     * Over the selected graded attempts: their count, distinct learners, the sum of their percents,
     * how many passed, and ten counts by percent: {@code 10·i ≤ percent < 10·(i+1)}, the last with 100.
     */
    record AttemptFigures(long attempts, long learners, double percentSum, long passed, List<Long> histogram) {
        public AttemptFigures {
            histogram = List.copyOf(histogram);
        }
    }

    /**
     * Over one question's answers in the selected attempts, with x an answer's correctness (1 or 0)
     * and y its attempt's score minus the answer's points: n, Σx, Σy, Σy², Σxy and the time spent.
     */
    record QuestionFigures(UUID questionId, long answers, long correct, double restSum, double restSquares,
                           double correctRestSum, long timeMs) {
    }

    /** How many answers in the selected attempts gave exactly this response to a choice or true/false question. */
    record ResponseCount(UUID questionId, Response response, long answers) {
    }

    record AssessmentFigures(AttemptFigures attempts, List<QuestionFigures> questions, List<ResponseCount> responses) {
        public AssessmentFigures {
            questions = List.copyOf(questions);
            responses = List.copyOf(responses);
        }
    }

    /** Over the graded attempts of the assessment: all of them, or only those numbered 1. */
    AssessmentFigures assessmentFigures(UUID assessmentId, boolean firstAttemptsOnly);

    /**
     * For n + 1 ascending {@code boundaries}: the learners (not merged into another) created before
     * the first, then per period [b(i), b(i+1)) the learners created and the enrollments made.
     */
    record GrowthFigures(long learnersBefore, List<Long> learners, List<Long> enrollments) {
        public GrowthFigures {
            learners = List.copyOf(learners);
            enrollments = List.copyOf(enrollments);
        }
    }

    GrowthFigures growthFigures(List<Instant> boundaries);

    /**
     * One learner's sums: enrollments, projects, achievements earned, milliseconds recorded in
     * lessons, their last sign-in seen and their enrollments' latest access (null without one).
     */
    record EngagementFigures(UUID learnerId, Instant joinedAt, Instant lastSignIn, long courses, long projects,
                             long achievements, long lessonTimeMs, Instant lastCourseAccess) {
    }

    /** How many learners the cohort holds, and the figures of those in the slice asked for. */
    record EngagementSlice(long total, List<EngagementFigures> learners) {
        public EngagementSlice {
            learners = List.copyOf(learners);
        }
    }

    /**
     * The live learners (not soft-deleted, not merged) created in [{@code from}, {@code to}),
     * ordered by creation then id: their count, and {@code limit} of them after {@code offset}.
     */
    EngagementSlice engagementFigures(Instant from, Instant to, long offset, int limit);

    /** How many projects of one kind there are, and how many of them carry an external token. */
    record ProjectKindFigures(String kind, long total, long withToken) {
    }

    /** Per kind, over every project, or over one course's when {@code courseId} is not null; in no particular order. */
    List<ProjectKindFigures> projectKindFigures(UUID courseId);
}

package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.engagement.XpLedger;
import org.learningstore.core.engagement.XpRules;
import org.learningstore.core.internal.engagement.EngagementEvent.AnswerAccepted;
import org.learningstore.core.internal.engagement.EngagementEvent.AttemptGraded;
import org.learningstore.core.internal.engagement.EngagementEvent.CourseCompleted;
import org.learningstore.core.internal.engagement.EngagementEvent.Enrolled;
import org.learningstore.core.internal.engagement.EngagementEvent.LessonCompleted;
import org.learningstore.core.internal.engagement.EngagementEvent.PostWritten;
import org.learningstore.core.internal.engagement.EngagementEvent.PracticeAnswered;
import org.learningstore.core.internal.engagement.EngagementEvent.ProjectCreated;
import org.learningstore.core.internal.engagement.EngagementEvent.VoteCast;
import org.learningstore.core.internal.engagement.EngagementEvent.XpAwarded;
import org.learningstore.core.port.RewardRecords.DefinitionState;
import org.learningstore.core.port.RewardRecords.LearnerState;

/**
 * Decides, from what was read before a unit wrote and the events of that unit, the XP to pay,
 * the achievements to award and the learning events to append. Pure: a metric's value after the
 * unit is the value read plus the events' effect, so nothing is read after a write.
 */
public final class RewardsPolicy {
    static final String LESSON_SOURCE = XpLedger.LIBRARY_SOURCE_PREFIX + "lesson:";
    static final String ASSESSMENT_SOURCE = XpLedger.LIBRARY_SOURCE_PREFIX + "assessment:";
    static final String ACHIEVEMENT_SOURCE = XpLedger.LIBRARY_SOURCE_PREFIX + "achievement:";
    public static final String ENROLLED = "learningstore.enrolled";
    public static final String LESSON_COMPLETED = "learningstore.lesson_completed";
    public static final String ATTEMPT_SUBMITTED = "learningstore.attempt_submitted";
    public static final String ACHIEVEMENT_EARNED = "learningstore.achievement_earned";

    private final XpRules rules;
    private final Supplier<UUID> ids;

    public RewardsPolicy(XpRules rules, Supplier<UUID> ids) {
        this.rules = rules;
        this.ids = ids;
    }

    /** The metrics events of these kinds can move: only their definitions need reading. */
    public static Set<AchievementMetric> metricsMovedBy(Set<Class<? extends EngagementEvent>> kinds) {
        Set<AchievementMetric> metrics = EnumSet.noneOf(AchievementMetric.class);
        for (Class<? extends EngagementEvent> kind : kinds) {
            if (kind == LessonCompleted.class) {
                metrics.addAll(EnumSet.of(AchievementMetric.LESSONS_COMPLETED, AchievementMetric.TOTAL_XP,
                        AchievementMetric.STREAK_DAYS));
            } else if (kind == CourseCompleted.class) {
                metrics.add(AchievementMetric.COURSES_COMPLETED);
            } else if (kind == AttemptGraded.class) {
                metrics.addAll(EnumSet.of(AchievementMetric.ASSESSMENTS_PASSED, AchievementMetric.PERFECT_SCORES,
                        AchievementMetric.QUESTIONS_ANSWERED, AchievementMetric.SKILLS_MASTERED, AchievementMetric.TOTAL_XP,
                        AchievementMetric.STREAK_DAYS));
            } else if (kind == PracticeAnswered.class) {
                metrics.addAll(EnumSet.of(AchievementMetric.QUESTIONS_ANSWERED, AchievementMetric.SKILLS_MASTERED,
                        AchievementMetric.STREAK_DAYS));
            } else if (kind == PostWritten.class) {
                metrics.add(AchievementMetric.POSTS_WRITTEN);
            } else if (kind == AnswerAccepted.class) {
                metrics.add(AchievementMetric.ACCEPTED_ANSWERS);
            } else if (kind == VoteCast.class) {
                metrics.add(AchievementMetric.VOTES_RECEIVED);
            } else if (kind == ProjectCreated.class) {
                metrics.add(AchievementMetric.PROJECTS_CREATED);
            } else if (kind == XpAwarded.class) {
                metrics.add(AchievementMetric.TOTAL_XP);
            }
        }
        return metrics;
    }

    /** What the events earn; events of learners not in {@code before} (unknown or deleted) earn nothing. */
    public RewardsPlan decide(List<LearnerState> before, List<EngagementEvent> events, Instant now) {
        List<XpEntry> payments = new ArrayList<>();
        List<RewardsPlan.Award> awards = new ArrayList<>();
        List<LearningEvent> appended = new ArrayList<>();
        for (LearnerState learner : before) {
            List<EngagementEvent> own = events.stream().filter(e -> e.learnerId().equals(learner.learnerId())).toList();
            long paid = 0;
            for (EngagementEvent event : own) {
                XpEntry payment = payment(event, now);
                if (payment != null) {
                    payments.add(payment);
                    paid += payment.amount();
                }
                LearningEvent announced = announcement(event, now);
                if (announced != null) {
                    appended.add(announced);
                }
            }
            for (DefinitionState definition : learner.definitions()) {
                long after = valueAfter(definition, learner, own, paid, now);
                if (!definition.earned() && after >= definition.achievement().details().criteria().threshold()) {
                    awards.add(award(learner.learnerId(), definition.achievement(), after, now));
                }
            }
        }
        return new RewardsPlan(payments, awards, appended);
    }

    private XpEntry payment(EngagementEvent event, Instant now) {
        if (event instanceof XpAwarded awarded) {
            return awarded.entry();
        }
        if (event instanceof LessonCompleted lesson && rules.lessonCompleted() > 0) {
            return new XpEntry(ids.get(), lesson.learnerId(), rules.lessonCompleted(), "lesson completed",
                    LESSON_SOURCE + lesson.lessonId(), lesson.courseId(), now);
        }
        if (event instanceof AttemptGraded graded && graded.firstPass() && rules.assessmentPassed() > 0) {
            return new XpEntry(ids.get(), graded.learnerId(), rules.assessmentPassed(), "assessment passed",
                    ASSESSMENT_SOURCE + graded.assessmentId(), graded.courseId(), now);
        }
        return null;
    }

    private LearningEvent announcement(EngagementEvent event, Instant now) {
        if (event instanceof Enrolled enrolled) {
            return event(enrolled.learnerId(), ENROLLED, new EventData().with("courseId", enrolled.courseId()), now);
        }
        if (event instanceof LessonCompleted lesson) {
            return event(lesson.learnerId(), LESSON_COMPLETED,
                    new EventData().with("lessonId", lesson.lessonId()).with("courseId", lesson.courseId()), now);
        }
        if (event instanceof AttemptGraded graded) {
            return event(graded.learnerId(), ATTEMPT_SUBMITTED, new EventData()
                    .with("attemptId", graded.attemptId()).with("assessmentId", graded.assessmentId())
                    .with("courseId", graded.courseId()).with("passed", graded.passed()).with("percent", graded.percent()), now);
        }
        return null;
    }

    private LearningEvent event(UUID learnerId, String type, EventData data, Instant now) {
        return new LearningEvent(ids.get(), learnerId, type, data.text(), null, now);
    }

    private RewardsPlan.Award award(UUID learnerId, Achievement achievement, long value, Instant now) {
        int xp = achievement.details().xpReward();
        XpEntry reward = xp == 0 ? null : new XpEntry(ids.get(), learnerId, xp, "achievement " + achievement.details().code(),
                ACHIEVEMENT_SOURCE + achievement.id(), achievement.details().criteria().scopeCourseId(), now);
        LearningEvent announcement = event(learnerId, ACHIEVEMENT_EARNED, new EventData()
                .with("achievementId", achievement.id()).with("code", achievement.details().code()).with("value", value), now);
        return new RewardsPlan.Award(learnerId, achievement, ids.get(), value, reward, announcement);
    }

    private static long valueAfter(DefinitionState definition, LearnerState learner, List<EngagementEvent> events, long paid,
                                   Instant now) {
        AchievementCriteria criteria = definition.achievement().details().criteria();
        return switch (criteria.metric()) {
            case STREAK_DAYS -> streakAfter(learner.activeDaysNewestFirst(), events, now);
            case TOTAL_XP -> learner.totalXp() + paid;
            default -> definition.value() + events.stream().mapToLong(event -> effect(criteria, event)).sum();
        };
    }

    /** How much one event moves a counted metric of these criteria. */
    static long effect(AchievementCriteria criteria, EngagementEvent event) {
        if (criteria.scopeCourseId() != null && !criteria.scopeCourseId().equals(courseOf(event))) {
            return 0;
        }
        return switch (criteria.metric()) {
            case LESSONS_COMPLETED -> event instanceof LessonCompleted ? 1 : 0;
            case COURSES_COMPLETED -> event instanceof CourseCompleted ? 1 : 0;
            case ASSESSMENTS_PASSED -> event instanceof AttemptGraded g && g.firstPass() ? 1 : 0;
            case PERFECT_SCORES -> event instanceof AttemptGraded g && g.percent() == 100 ? 1 : 0;
            case QUESTIONS_ANSWERED -> event instanceof AttemptGraded g ? g.answered() : event instanceof PracticeAnswered ? 1 : 0;
            // the events count newly mastered skills, not which: a skill-scoped definition waits for a read that sees it
            case SKILLS_MASTERED -> criteria.scopeSkillId() != null ? 0
                    : event instanceof AttemptGraded g ? g.skillsNewlyMastered()
                    : event instanceof PracticeAnswered p ? p.skillsNewlyMastered() : 0;
            case PROJECTS_CREATED -> event instanceof ProjectCreated ? 1 : 0;
            case POSTS_WRITTEN -> event instanceof PostWritten ? 1 : 0;
            case ACCEPTED_ANSWERS -> event instanceof AnswerAccepted ? 1 : 0;
            case VOTES_RECEIVED -> event instanceof VoteCast v ? v.upvotesDelta() : 0;
            case STREAK_DAYS, TOTAL_XP -> 0;
        };
    }

    private static UUID courseOf(EngagementEvent event) {
        if (event instanceof Enrolled e) {
            return e.courseId();
        } else if (event instanceof LessonCompleted e) {
            return e.courseId();
        } else if (event instanceof CourseCompleted e) {
            return e.courseId();
        } else if (event instanceof AttemptGraded e) {
            return e.courseId();
        } else if (event instanceof PostWritten e) {
            return e.courseId();
        } else if (event instanceof AnswerAccepted e) {
            return e.courseId();
        } else if (event instanceof VoteCast e) {
            return e.courseId();
        } else if (event instanceof ProjectCreated e) {
            return e.courseId();
        } else if (event instanceof XpAwarded e) {
            return e.entry().courseId();
        }
        return null;
    }

    /** The streak with today's activity added when an event of the unit is activity (a lesson, an answer). */
    private static long streakAfter(List<Long> daysNewestFirst, List<EngagementEvent> events, Instant now) {
        long today = LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
        TreeSet<Long> days = new TreeSet<>(daysNewestFirst);
        if (events.stream().anyMatch(e -> e instanceof LessonCompleted || e instanceof AttemptGraded
                || e instanceof PracticeAnswered)) {
            days.add(today);
        }
        return Streaks.streak(new ArrayList<>(days.descendingSet()), today);
    }
}

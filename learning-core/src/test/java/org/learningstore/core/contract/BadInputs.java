package org.learningstore.core.contract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.LearningStore;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSort;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;

/**
 * A seeded generator of bad calls over the public methods: each call breaks one input rule in one
 * argument (malformed or blank text, a null element, a repeated key, an out-of-range duration or
 * instant, bad JSON) and must be refused with an {@link InvalidInputException} naming that argument's
 * field. The same seed gives the same calls.
 */
final class BadInputs {
    private static final String LETTERS = "abcxyzéßøДжλπ中文字한글";
    private static final String[] PAIRS = {"😀", "🧮", "𝔸"};
    private static final char[] BLANKS = {' ', '\t', '\n', '\u00A0', '\u1680', '\u2003', '\u2028', '\u202F', '\u3000'};
    private static final String[] ESCAPED_JSON = {"{\"k\":\"\\u0000\"}", "{\"k\":\"a\\ud83e\"}", "{\"\\udc00\":1}",
            "{\"k\":[\"\\u0000x\"]}", "{\"k\":{\"n\":\"\\udbff\"}}"};

    /** What the calls stand on: a published course with a module of two lessons, a quiz with a question, an enrolled learner in an attempt and a study session. */
    record Fixture(UUID course, UUID module, UUID lesson, UUID secondLesson, UUID quiz, UUID question, UUID learner,
            UUID attempt, UUID studySession) {

        static Fixture create(LearningStore store) {
            var catalog = store.catalog();
            Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("reliable"), "Reliable").build());
            CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Module"));
            Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder("Lesson").build());
            Lesson second = catalog.addLesson(module.id(), LessonDetails.builder("Second lesson").build());
            catalog.publishCourse(course.id());
            Assessment quiz = store.assessments().createCourseAssessment(course.id(),
                    AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz").build());
            Question question = store.assessments().addQuestion(quiz.id(), QuestionDetails.singleChoice("Pick one",
                    List.of(QuestionOption.of("a", "A"), QuestionOption.of("b", "B")), "a"));
            Learner learner = store.learners().register(LearnerProfile.withEmail(CatalogContract.word() + "@example.org", "Reliable"));
            store.progress().enroll(learner.id(), course.id());
            UUID attempt = store.assessments().startAttempt(quiz.id(), learner.id()).id();
            UUID session = store.progress().startStudySession(learner.id(), StudyScope.assessment(quiz.id()),
                    StudyMode.PRACTICE, 1, 5).id();
            return new Fixture(course.id(), module.id(), lesson.id(), second.id(), quiz.id(), question.id(), learner.id(),
                    attempt, session);
        }
    }

    /** One generated call and the field that must be named when it is refused. */
    record Case(String name, String field, Executable call) {
        /** Runs the call: null when it was refused as it must be, else what went wrong. */
        String problem() {
            try {
                call.execute();
                return "was accepted";
            } catch (InvalidInputException invalid) {
                return field.equals(invalid.field()) ? null : "refused on field " + invalid.field() + ", not " + field;
            } catch (Throwable other) {
                return "threw " + other.getClass().getName() + ": " + other.getMessage();
            }
        }
    }

    private final Random random;
    private final LearningStore store;
    private final Fixture fixture;
    private final List<Function<BadInputs, Case>> templates = List.of(
            BadInputs::courseTitle, BadInputs::courseDescription, BadInputs::courseTags, BadInputs::updatedCourseTitle,
            BadInputs::slugLookup, BadInputs::tagFilter, BadInputs::disciplineFilter, BadInputs::cursorInstant,
            BadInputs::searchText, BadInputs::moduleTitle, BadInputs::moduleDescription, BadInputs::lessonContent,
            BadInputs::skillName, BadInputs::assessmentTitle, BadInputs::questionPrompt, BadInputs::questionOptions,
            BadInputs::acceptedAnswers, BadInputs::repeatedCorrectKeys, BadInputs::answerTime, BadInputs::textResponse,
            BadInputs::overrideTime, BadInputs::displayName, BadInputs::email, BadInputs::externalRef,
            BadInputs::preferences, BadInputs::metadata, BadInputs::identityLookup, BadInputs::sessionIp,
            BadInputs::sessionUserAgent, BadInputs::recordedTime, BadInputs::bookmarks, BadInputs::position,
            BadInputs::scopeSkills, BadInputs::practiceTime, BadInputs::moduleOrder, BadInputs::auditHistory);

    BadInputs(long seed, LearningStore store, Fixture fixture) {
        this.random = new Random(seed);
        this.store = store;
        this.fixture = fixture;
    }

    List<Case> cases(int count) {
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(templates.get(random.nextInt(templates.size())).apply(this));
        }
        return cases;
    }

    // ---------------------------------------------------------------- the calls

    private Case courseTitle() {
        String title = badRequired();
        return new Case("createCourse title " + show(title), "title",
                () -> store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("bad"), title).build()));
    }

    private Case courseDescription() {
        String description = malformed();
        return new Case("createCourse description " + show(description), "description",
                () -> store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("bad"), "Bad")
                        .description(description).build()));
    }

    private Case courseTags() {
        String tag = badRequired();
        return new Case("createCourse tag " + show(tag), "tags",
                () -> store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("bad"), "Bad").tags("fine", tag).build()));
    }

    private Case updatedCourseTitle() {
        String title = badRequired();
        return new Case("updateCourse title " + show(title), "title", () -> store.catalog()
                .updateCourse(fixture.course(), 1, CourseDetails.builder(CatalogContract.slug("bad"), title).build()));
    }

    private Case slugLookup() {
        String slug = malformed();
        return new Case("findCourseBySlug " + show(slug), "slug", () -> store.catalog().findCourseBySlug(slug));
    }

    private Case tagFilter() {
        String tag = malformed();
        long page = random.nextBoolean() ? 1 + random.nextInt(5) : Long.MAX_VALUE - random.nextInt(1_000);
        return new Case("listCourses tag " + show(tag) + " page " + page, "tag",
                () -> store.catalog().listCourses(CourseQuery.all().withTag(tag), PageRequest.ofPage(page, 20)));
    }

    private Case disciplineFilter() {
        String discipline = malformed();
        return new Case("listCourses discipline " + show(discipline), "discipline",
                () -> store.catalog().listCourses(CourseQuery.all().withDiscipline(discipline), CursorRequest.first(10)));
    }

    private Case cursorInstant() {
        long year10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
        long year1 = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        Instant instant = random.nextBoolean()
                ? Instant.ofEpochSecond(year10000 + (long) (random.nextDouble() * (Instant.MAX.getEpochSecond() - year10000)))
                : Instant.ofEpochSecond(year1 - 1 - (long) (random.nextDouble() * (year1 - 1 - Instant.MIN.getEpochSecond())));
        String raw = "UPDATED|true|" + fixture.course() + "|" + instant;
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        return new Case("listCourses after " + instant, "cursor", () -> store.catalog()
                .listCourses(CourseQuery.all().sortedBy(CourseSort.UPDATED, true), CursorRequest.after(cursor, 10)));
    }

    private Case searchText() {
        String text = malformed();
        return new Case("searchCourses " + show(text), "text", () -> store.catalog().searchCourses(text, 10));
    }

    private Case moduleTitle() {
        String title = badRequired();
        return new Case("addModule title " + show(title), "title", () -> store.catalog().addModule(fixture.course(), ModuleDetails.of(title)));
    }

    private Case moduleDescription() {
        String description = malformed();
        return new Case("updateModule description " + show(description), "description", () -> store.catalog()
                .updateModule(fixture.module(), 1, ModuleDetails.of("Module").withDescription(description)));
    }

    private Case lessonContent() {
        String content = badJson();
        return new Case("addLesson content " + show(content), "content",
                () -> store.catalog().addLesson(fixture.module(), LessonDetails.builder("Bad").content(content).build()));
    }

    private Case skillName() {
        String name = badRequired();
        return new Case("createSkill name " + show(name), "name", () -> store.catalog().createSkill(SkillDetails.of(name), null));
    }

    private Case assessmentTitle() {
        String title = badRequired();
        return new Case("createCourseAssessment title " + show(title), "title", () -> store.assessments()
                .createCourseAssessment(fixture.course(), AssessmentDetails.builder(AssessmentKind.EXAM, title).build()));
    }

    private Case questionPrompt() {
        String prompt = badRequired();
        return new Case("addQuestion prompt " + show(prompt), "prompt",
                () -> store.assessments().addQuestion(fixture.quiz(), QuestionDetails.trueFalse(prompt, true)));
    }

    private Case questionOptions() {
        int at = random.nextInt(3);
        return new Case("addQuestion null option at " + at, "options", () -> {
            List<QuestionOption> options = new ArrayList<>(List.of(QuestionOption.of("a", "A"), QuestionOption.of("b", "B")));
            options.add(at, null);
            store.assessments().addQuestion(fixture.quiz(), QuestionDetails.singleChoice("Pick", options, "a"));
        });
    }

    private Case acceptedAnswers() {
        String accepted = random.nextBoolean() ? badRequired() : null;
        return new Case("addQuestion accepted answer " + show(accepted), "answerKey",
                () -> store.assessments().addQuestion(fixture.quiz(), QuestionDetails.shortText("Say", "fine", accepted)));
    }

    private Case repeatedCorrectKeys() {
        String key = random.nextBoolean() ? "a" : "b";
        return new Case("addQuestion correct keys " + key + " twice", "answerKey", () -> store.assessments().addQuestion(fixture.quiz(),
                QuestionDetails.multipleChoice("Pick", List.of(QuestionOption.of("a", "A"), QuestionOption.of("b", "B")), key, key)));
    }

    private Case answerTime() {
        Duration spent = badTimeSpent();
        return new Case("answer after " + spent, "timeSpent", () -> store.assessments()
                .answer(fixture.attempt(), fixture.question(), Response.Choices.of("a"), spent));
    }

    private Case textResponse() {
        String text = malformed();
        return new Case("answer text " + show(text), "response",
                () -> store.assessments().answer(fixture.attempt(), fixture.question(), new Response.Text(text), Duration.ZERO));
    }

    private Case overrideTime() {
        Duration extra = random.nextBoolean()
                ? Duration.ofDays(30).plusMillis(1 + random.nextInt(Integer.MAX_VALUE))
                : Duration.ofMillis(-1 - random.nextInt(Integer.MAX_VALUE));
        return new Case("grantOverride extra time " + extra, "extraTime",
                () -> store.assessments().grantOverride(fixture.quiz(), fixture.learner(), 1, extra));
    }

    private Case displayName() {
        String name = malformed();
        return new Case("register display name " + show(name), "displayName",
                () -> store.learners().register(LearnerProfile.withEmail(CatalogContract.word() + "@example.org", name)));
    }

    private Case email() {
        String local = malformed();
        return new Case("register email " + show(local), "email",
                () -> store.learners().register(LearnerProfile.withEmail(local + "@example.org", "Bad")));
    }

    private Case externalRef() {
        String ref = badRequired();
        return new Case("register external ref " + show(ref), "externalRef",
                () -> store.learners().register(LearnerProfile.anonymous().withExternalRef(ref)));
    }

    private Case preferences() {
        String json = badJson();
        return new Case("register preferences " + show(json), "preferences", () -> store.learners().register(
                LearnerProfile.withEmail(CatalogContract.word() + "@example.org", "Bad").withPreferences(json)));
    }

    private Case metadata() {
        String json = badJson();
        return new Case("updateProfile metadata " + show(json), "metadata", () -> store.learners().updateProfile(fixture.learner(), 1,
                new LearnerProfile(null, CatalogContract.word() + "@example.org", null, "Bad", null, null, json)));
    }

    private Case identityLookup() {
        String value = malformed();
        return switch (random.nextInt(3)) {
            case 0 -> new Case("findByEmail " + show(value), "email", () -> store.learners().findByEmail(value));
            case 1 -> new Case("findByUsername " + show(value), "username", () -> store.learners().findByUsername(value));
            default -> new Case("findByExternalRef " + show(value), "externalRef", () -> store.learners().findByExternalRef(value));
        };
    }

    private Case sessionIp() {
        String ip = malformed();
        return new Case("openSession ip " + show(ip), "ip",
                () -> store.learners().openSession(fixture.learner(), Duration.ofHours(1), ip, null));
    }

    private Case sessionUserAgent() {
        String agent = malformed();
        return new Case("openSession user agent " + show(agent), "userAgent",
                () -> store.learners().openSession(fixture.learner(), Duration.ofHours(1), null, agent));
    }

    private Case recordedTime() {
        Duration spent = badTimeSpent();
        return new Case("recordTime " + spent, "spent", () -> store.progress().recordTime(fixture.learner(), fixture.lesson(), spent));
    }

    private Case bookmarks() {
        String bookmark = random.nextBoolean() ? badRequired() : null;
        return new Case("saveBookmarks " + show(bookmark), "bookmarks",
                () -> store.progress().saveBookmarks(fixture.learner(), fixture.lesson(), Arrays.asList("fine", bookmark)));
    }

    private Case position() {
        String json = badJson();
        return new Case("savePosition " + show(json), "position",
                () -> store.progress().savePosition(fixture.learner(), fixture.lesson(), json));
    }

    private Case scopeSkills() {
        int at = random.nextInt(2);
        return new Case("startStudySession null skill at " + at, "skillIds", () -> {
            List<UUID> skills = new ArrayList<>(List.of(UUID.randomUUID()));
            skills.add(at, null);
            store.progress().startStudySession(fixture.learner(), StudyScope.skills(skills), StudyMode.PRACTICE, 1, 5);
        });
    }

    private Case practiceTime() {
        Duration spent = badTimeSpent();
        return new Case("answerPractice after " + spent, "timeSpent", () -> store.progress()
                .answerPractice(fixture.studySession(), fixture.question(), Response.Choices.of("a"), spent));
    }

    private Case moduleOrder() {
        return new Case("reorderModules with a null id", "moduleIds",
                () -> store.catalog().reorderModules(fixture.course(), Arrays.asList(null, fixture.module())));
    }

    private Case auditHistory() {
        String entityType = malformed();
        return new Case("audit history of " + show(entityType), "entityType",
                () -> store.audit().history(entityType, fixture.course()));
    }

    // ---------------------------------------------------------------- bad values

    /** Text with one defect at a random place: a NUL, a lone high or low surrogate, or a pair in the wrong order. */
    private String malformed() {
        String word = word();
        String defect = switch (random.nextInt(4)) {
            case 0 -> "\u0000";
            case 1 -> String.valueOf((char) (0xD800 + random.nextInt(0x400)));
            case 2 -> String.valueOf((char) (0xDC00 + random.nextInt(0x400)));
            default -> {
                String pair = PAIRS[random.nextInt(PAIRS.length)];
                yield "" + pair.charAt(1) + pair.charAt(0);
            }
        };
        // at a code point boundary: a defect inside a pair could complete it
        int at = word.offsetByCodePoints(0, random.nextInt(word.codePointCount(0, word.length()) + 1));
        return word.substring(0, at) + defect + word.substring(at);
    }

    /** Malformed text, or text of white space only (by Unicode: no-break and ideographic spaces too). */
    private String badRequired() {
        if (random.nextBoolean()) {
            return malformed();
        }
        var blank = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            blank.append(BLANKS[random.nextInt(BLANKS.length)]);
        }
        return blank.toString();
    }

    /** A JSON object with an escaped NUL or lone surrogate, or with malformed raw text in a string. */
    private String badJson() {
        return random.nextBoolean() ? ESCAPED_JSON[random.nextInt(ESCAPED_JSON.length)] : "{\"k\":\"" + malformed() + "\"}";
    }

    /** Negative, or longer than a day (up to a year). */
    private Duration badTimeSpent() {
        return random.nextInt(4) == 0
                ? Duration.ofMillis(-1 - random.nextInt(86_400_000))
                : Duration.ofDays(1).plusMillis(1 + (long) (random.nextDouble() * 365 * 86_400_000L));
    }

    /** A few letters, some outside Latin and some beyond the BMP (whole pairs). */
    private String word() {
        var word = new StringBuilder();
        for (int i = 0, n = random.nextInt(8); i < n; i++) {
            if (random.nextInt(5) == 0) {
                word.append(PAIRS[random.nextInt(PAIRS.length)]);
            } else {
                word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return word.toString();
    }

    /** The value with every char outside printable ASCII as an escape, so a failure names it exactly. */
    private static String show(String value) {
        if (value == null) {
            return "null";
        }
        var shown = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            shown.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return shown.append('"').toString();
    }
}

package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseOutline.LessonOutline;
import org.learningstore.core.catalog.CourseOutline.ModuleOutline;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonAssessment;
import org.learningstore.core.catalog.Skill;

/**
 * A course outline in one statement whatever its size: one statement needs no read transaction
 * around it to be one snapshot (on the file, two statements would need a BEGIN and a COMMIT too).
 * Its rows come in four shapes, told apart by {@code part} and sorted by the keys after it: the
 * course, its modules, its lessons each with one of its assessments (or none), the lessons' skills.
 * Each shape's values start at the same column; the shorter ones are padded with NULL, so the
 * lessons carry their assessments rather than take a shape of their own.
 */
final class CourseOutlines {
    private static final int COURSE = 0;
    private static final int MODULE = 1;
    private static final int LESSON = 2;
    private static final int SKILL = 3;
    private static final List<String> KEYS = List.of("part", "k1", "k2", "k3", "k4");
    private static final List<String> ASSESSMENT_LABELS =
            List.of("assessment_id", "assessment_title", "assessment_kind", "question_count");
    private static final Labels COURSE_VALUES = new Labels(CourseTable.COURSES.labels());
    private static final Labels MODULE_VALUES = new Labels(CatalogRows.MODULES.labels());
    private static final Labels LESSON_VALUES = new Labels(
            Stream.concat(CatalogRows.LESSONS.labels().stream(), ASSESSMENT_LABELS.stream()).toList());
    private static final Labels SKILL_VALUES = new Labels(
            Stream.concat(Stream.of("lesson_id"), CatalogRows.SKILLS.labels().stream()).toList());
    private static final int WIDTH = Stream.of(COURSE_VALUES, MODULE_VALUES, LESSON_VALUES, SKILL_VALUES)
            .mapToInt(Labels::width).max().orElseThrow();
    private static final String OUTLINE = String.join(" UNION ALL ",
            shape(COURSE, List.of("NULL", "NULL", "NULL", "NULL"), CourseTable.COURSES.selected(), "courses c WHERE c.id = ?"),
            shape(MODULE, List.of("m.position", "NULL", "NULL", "NULL"), CatalogRows.MODULES.selected(), "modules m WHERE m.course_id = ?"),
            shape(LESSON, List.of("m.position", "l.position", "a.created_at", "a.id"), Stream.concat(CatalogRows.LESSONS.selected().stream(),
                    Stream.of("a.id", "a.title", "a.kind", "(SELECT count(*) FROM questions q WHERE q.assessment_id = a.id)")).toList(),
                    "lessons l JOIN modules m ON m.id = l.module_id "
                    + "LEFT JOIN assessments a ON a.lesson_id = l.id AND a.course_id = m.course_id WHERE m.course_id = ?"),
            shape(SKILL, List.of("s.name", "s.id", "NULL", "NULL"), Stream.concat(Stream.of("ls.lesson_id"), CatalogRows.SKILLS.selected().stream()).toList(),
                    "lesson_skills ls JOIN skills s ON s.id = ls.skill_id JOIN lessons l ON l.id = ls.lesson_id "
                    + "JOIN modules m ON m.id = l.module_id WHERE m.course_id = ?"))
            + " ORDER BY part, k1, k2, k3, k4";

    private final SqlExecutor executor;
    private final CatalogRows rows;

    CourseOutlines(SqlExecutor executor, CatalogRows rows) {
        this.executor = executor;
        this.rows = rows;
    }

    /** One SELECT of the union, of the course given as its only argument: its part, four sort keys, its values padded to {@link #WIDTH}. */
    private static String shape(int part, List<String> keys, List<String> values, String from) {
        List<String> keyColumns = new ArrayList<>(List.of(String.valueOf(part)));
        keyColumns.addAll(keys);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < KEYS.size(); i++) {
            columns.add(keyColumns.get(i) + " AS " + KEYS.get(i));
        }
        List<String> padded = new ArrayList<>(values);
        padded.addAll(Collections.nCopies(WIDTH - values.size(), "NULL"));
        columns.addAll(IntStream.range(0, WIDTH).mapToObj(i -> padded.get(i) + " AS v" + i).toList());
        return columns.stream().collect(Collectors.joining(", ", "SELECT ", " FROM " + from));
    }

    Optional<CourseOutline> outline(UUID courseId) {
        Course course = null;
        List<CourseModule> modules = new ArrayList<>();
        Map<UUID, Lesson> lessons = new LinkedHashMap<>();
        Map<UUID, List<LessonAssessment>> assessmentsByLesson = new HashMap<>();
        Map<UUID, List<Skill>> skillsByLesson = new HashMap<>();
        for (Row row : executor.query(Sql.of(OUTLINE, courseId, courseId, courseId, courseId), row -> row)) {
            switch (row.int32("part")) {
                case COURSE -> course = rows.course(row.part(KEYS.size(), COURSE_VALUES));
                case MODULE -> modules.add(rows.module(row.part(KEYS.size(), MODULE_VALUES)));
                case LESSON -> {
                    Row values = row.part(KEYS.size(), LESSON_VALUES);
                    Lesson lesson = lessons.computeIfAbsent(values.uuid("id"), id -> rows.lesson(values));
                    List<LessonAssessment> assessments = assessmentsByLesson.computeIfAbsent(lesson.id(), id -> new ArrayList<>());
                    if (!values.isNull("assessment_id")) {
                        assessments.add(new LessonAssessment(values.uuid("assessment_id"), values.text("assessment_title"),
                                values.text("assessment_kind"), values.int32("question_count")));
                    }
                }
                default -> {
                    Row values = row.part(KEYS.size(), SKILL_VALUES);
                    skillsByLesson.computeIfAbsent(values.uuid("lesson_id"), id -> new ArrayList<>()).add(rows.skill(values));
                }
            }
        }
        if (course == null) {
            return Optional.empty();
        }
        Map<UUID, List<LessonOutline>> lessonsByModule = new HashMap<>();
        for (Lesson lesson : lessons.values()) {
            lessonsByModule.computeIfAbsent(lesson.moduleId(), id -> new ArrayList<>()).add(new LessonOutline(lesson,
                    skillsByLesson.getOrDefault(lesson.id(), List.of()), assessmentsByLesson.get(lesson.id())));
        }
        List<ModuleOutline> outlines = modules.stream()
                .map(module -> new ModuleOutline(module, lessonsByModule.getOrDefault(module.id(), List.of()))).toList();
        return Optional.of(new CourseOutline(course, outlines));
    }
}

package org.learningstore.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.sqlite.SqliteStores;

/**
 * The README's Java compiles (as {@link ReadmeSnippets}, then the Spring Boot example's configuration,
 * compiled in its own module) and its first snippet runs.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("../../README.md");
    private static final Path SNIPPETS = Path.of("src/test/java/org/learningstore/examples/readme/ReadmeSnippets.java");
    private static final Path SPRING_SNIPPETS = Path.of(
            "../spring-boot/src/main/java/org/learningstore/examples/spring/LearningStoreConfiguration.java");

    @Test
    void theReadmeShowsExactlyTheCompiledSnippets() throws IOException {
        List<String> compiled = new ArrayList<>(compiledSnippets(SNIPPETS));
        compiled.addAll(compiledSnippets(SPRING_SNIPPETS));
        assertEquals(compiled, readmeSnippets(),
                "the README's ```java blocks must be the snippets of " + SNIPPETS + ", then " + SPRING_SNIPPETS + ", in order");
    }

    @Test
    void theFirstSnippetRunsOnASqliteFile(@TempDir Path dir) {
        Path file = dir.resolve("readme.db");

        ReadmeSnippets.addingItToYourApp(file, "user-42", "203.0.113.7", "ReadmeTest/1.0");

        try (LearningStore store = SqliteStores.open(file)) {
            Course course = store.catalog().findCourseBySlug("intro-to-ml").orElseThrow();
            assertEquals(CourseStatus.PUBLISHED, course.status());
            Learner ada = store.learners().findByEmail("ada@example.org").orElseThrow();
            DashboardEntry entry = store.progress().dashboard(ada.id(), PageRequest.ofSize(10)).content().get(0);
            assertEquals(course.id(), entry.enrollment().courseId());
            assertEquals("Intro to ML", entry.courseTitle());
            assertEquals(EnrollmentStatus.COMPLETED, entry.enrollment().status());
            assertEquals(100.0, entry.enrollment().progressPercent());
            assertEquals(List.of("user-42"), store.audit().history("course", course.id()).stream()
                    .map(AuditEntry::actor).distinct().toList());
        }
    }

    private static List<String> readmeSnippets() throws IOException {
        List<String> snippets = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(README)) {
            if (line.equals("```java")) {
                current = new StringBuilder();
            } else if (current != null && line.equals("```")) {
                snippets.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return snippets;
    }

    /** Each snippet's lines, less the indentation of its first line. */
    private static List<String> compiledSnippets(Path source) throws IOException {
        List<String> snippets = new ArrayList<>();
        StringBuilder current = null;
        int indent = 0;
        for (String line : Files.readAllLines(source)) {
            if (line.strip().equals("// README snippet")) {
                current = new StringBuilder();
                indent = -1;
            } else if (current != null && line.strip().equals("// end of snippet")) {
                snippets.add(current.toString());
                current = null;
            } else if (current != null) {
                if (indent < 0) {
                    indent = line.length() - line.stripLeading().length();
                }
                current.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
            }
        }
        return snippets;
    }
}

package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationScriptTest {

    @Test
    void theSharedScriptsAreEveryScriptOfTheFolderInVersionOrder() {
        List<MigrationScript> scripts = SchemaMigrator.sharedScripts();

        assertEquals(List.of("V1__catalog.sql", "V2__assessments.sql", "V3__learners.sql", "V4__progress.sql", "V5__engagement.sql", "V6__content_details.sql",
                "V7__write_log.sql", "V8__metadata_feedback_lesson_text.sql", "V10__study_pick_index.sql", "V11__learner_question_state.sql",
                "V12__fewer_index_entries.sql"),
                scripts.stream().map(MigrationScript::fileName).toList());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "10", "11", "12"), scripts.stream().map(MigrationScript::version).toList());
    }

    @Test
    void namesGiveVersionAndDescription() {
        MigrationScript catalog = SchemaMigrator.sharedScripts().get(0);

        assertEquals("1", catalog.version());
        assertEquals("catalog", catalog.description());
        assertEquals("1.1", new MigrationScript("1.1", "d", "V1_1__d.sql", "").version());
        assertEquals(List.of("2", "10"), Stream.of(script("10"), script("2"))
                .sorted(MigrationScript.BY_VERSION).map(MigrationScript::version).toList());
    }

    @Test
    void statementsEndAtASemicolonAtLineEndAndCommentsAreDropped() {
        var script = script("1", """
                -- a comment; with a semicolon;
                CREATE TABLE a (
                    x TEXT, -- a trailing comment
                    y TEXT
                );
                CREATE INDEX a_x ON a (x);

                -- trailing comment
                """);

        assertEquals(List.of("CREATE TABLE a (\n    x TEXT, -- a trailing comment\n    y TEXT\n)", "CREATE INDEX a_x ON a (x)"),
                script.statements());
    }

    @Test
    void theSharedCatalogScriptSplitsIntoItsCreateStatements() {
        List<String> statements = SchemaMigrator.sharedScripts().get(0).statements();

        assertTrue(statements.stream().allMatch(sql -> sql.startsWith("CREATE ")), statements.toString());
        assertEquals(7, statements.stream().filter(sql -> sql.startsWith("CREATE TABLE")).count());
    }

    @Test
    void theSharedAssessmentScriptSplitsIntoItsCreateStatementsAfterTheCatalog() {
        List<MigrationScript> scripts = SchemaMigrator.sharedScripts().stream().sorted(MigrationScript.BY_VERSION).toList();
        MigrationScript assessments = scripts.get(1);
        List<String> statements = assessments.statements();

        assertEquals("2", assessments.version());
        assertEquals("assessments", assessments.description());
        assertTrue(statements.stream().allMatch(sql -> sql.startsWith("CREATE ")), statements.toString());
        assertEquals(6, statements.stream().filter(sql -> sql.startsWith("CREATE TABLE")).count());
        assertTrue(statements.stream().anyMatch(sql -> sql.startsWith("CREATE UNIQUE INDEX attempts_in_progress_idx")));
    }

    @Test
    void theSharedProgressScriptAddsTheSeatCounterThenItsTablesAndIndexes() {
        List<MigrationScript> scripts = SchemaMigrator.sharedScripts().stream().sorted(MigrationScript.BY_VERSION).toList();
        MigrationScript progress = scripts.get(3);
        List<String> statements = progress.statements();

        assertEquals("4", progress.version());
        assertEquals("progress", progress.description());
        assertTrue(statements.get(0).startsWith("ALTER TABLE courses ADD COLUMN enrolled_count"), statements.get(0));
        assertEquals(5, statements.stream().filter(sql -> sql.startsWith("CREATE TABLE")).count());
        assertEquals(11, statements.stream().filter(sql -> sql.startsWith("CREATE INDEX")).count());
        assertEquals(17, statements.size(), statements.toString());
    }

    private static MigrationScript script(String version) {
        return script(version, "");
    }

    private static MigrationScript script(String version, String text) {
        return new MigrationScript(version, "d", "V" + version + "__d.sql", text);
    }
}

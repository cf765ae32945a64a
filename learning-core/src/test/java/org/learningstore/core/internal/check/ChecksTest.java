package org.learningstore.core.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningstore.core.catalog.LessonKind;
import org.learningstore.core.error.InvalidInputException;

/** The hand-written loops of the checks every read runs, against the rules they replaced. */
class ChecksTest {

    @Test
    void slugsAreRunsOfLowerCaseLettersAndDigitsSeparatedBySingleHyphens() {
        for (String slug : List.of("a", "9", "intro-to-ml", "a-1-b2", "x0")) {
            assertEquals(slug, Checks.slug("slug", slug));
        }
        for (String notSlug : List.of("-a", "a-", "a--b", "A", "a_b", "a b", "é", "a-B", "-")) {
            var error = assertThrows(InvalidInputException.class, () -> Checks.slug("slug", notSlug), notSlug);
            assertEquals("slug", error.field());
            assertEquals("must be lower-case letters and digits separated by single hyphens", error.reason());
        }
    }

    @Test
    void blankMeansUnicodeWhiteSpaceOrSpaceSeparatorsOnly() {
        for (String blank : List.of("", " ", "\t\n", "\u00a0\u2003", "\u3000 ")) {
            assertTrue(Checks.isBlank(blank), blank);
        }
        for (String text : List.of("a", " a ", "\u00a0x", "\ud83d\ude00", " \u200b")) {
            assertFalse(Checks.isBlank(text), text);
        }
    }

    @Test
    void codesParseToTheirConstantAndAnUnknownCodeNamesTheAllowedOnes() {
        assertEquals(LessonKind.PRACTICE, Codes.parse(LessonKind.class, "kind", "practice"));
        var error = assertThrows(InvalidInputException.class, () -> Codes.parse(LessonKind.class, "kind", "PRACTICE"));
        assertEquals("kind", error.field());
        assertEquals("unknown value 'PRACTICE'; expected one of theory, interactive, project, practice", error.reason());
        var missing = assertThrows(InvalidInputException.class, () -> Codes.parse(LessonKind.class, "kind", null));
        assertEquals("unknown value 'null'; expected one of theory, interactive, project, practice", missing.reason());
    }
}

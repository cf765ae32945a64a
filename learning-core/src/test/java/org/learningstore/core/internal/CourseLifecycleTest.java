package org.learningstore.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CourseLifecycleTest {
    @Test
    void searchTermsAreLowerCaseWordsOfLettersAndDigitsWithoutRepeats() {
        assertEquals(List.of("neural", "nets", "101"), CourseLifecycle.searchTerms("Neural NETS; 101 -- neural!"));
        assertEquals(List.of("مرحبا", "café"), CourseLifecycle.searchTerms("\"مرحبا\" Café%_"));
        assertEquals(List.of(), CourseLifecycle.searchTerms(" ;%_'\"* "));
    }

    @Test
    void searchTakesAtMostTenTerms() {
        assertEquals(10, CourseLifecycle.searchTerms("a b c d e f g h i j k l m").size());
    }
}

package org.learningstore.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {
    @Test
    void searchTermsAreLowerCaseWordsOfLettersAndDigitsWithoutRepeats() {
        assertEquals(List.of("neural", "nets", "101"), CatalogService.searchTerms("Neural NETS; 101 -- neural!"));
        assertEquals(List.of("مرحبا", "café"), CatalogService.searchTerms("\"مرحبا\" Café%_"));
        assertEquals(List.of(), CatalogService.searchTerms(" ;%_'\"* "));
    }

    @Test
    void searchTakesAtMostTenTerms() {
        assertEquals(10, CatalogService.searchTerms("a b c d e f g h i j k l m").size());
    }
}

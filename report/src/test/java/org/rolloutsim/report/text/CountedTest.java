package org.rolloutsim.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {
    @Test
    void oneIsSingularAndEveryOtherCountPluralWithThousandsSeparators() {
        assertEquals("1 site", Counted.of(1, "site"));
        assertEquals("0 sites", Counted.of(0, "site"));
        assertEquals("12,000 users", Counted.of(12_000, "user"));
        assertEquals("1 test cycle", Counted.of(1, "test cycle"));
        assertEquals("2 people", Counted.of(2, "person", "people"));
    }
}

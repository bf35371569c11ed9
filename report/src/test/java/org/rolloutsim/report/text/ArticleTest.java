package org.rolloutsim.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure takes the article it is read with: "an 84% chance", "a 50% chance". */
class ArticleTest {

    @Test
    void aFigureReadStartingWithAVowelSoundTakesAn() {
        for (String figure : List.of("8%", "84%", "80% to 89%", "800", "8.5%", "11%", "18%", "11.5%", "18,000")) {
            assertEquals("an", Article.of(figure), figure);
        }
        for (String figure : List.of("1%", "50%", "0% to 84%", "100%", "110", "180%", "1,100", "<1%", ">99%", "P80")) {
            assertEquals("a", Article.of(figure), figure);
        }
        assertEquals("an 84% chance", Article.before("84%") + " chance");
        assertEquals("an estimate", Article.before("estimate"));
        assertEquals("a budget", Article.before("budget"));
    }
}

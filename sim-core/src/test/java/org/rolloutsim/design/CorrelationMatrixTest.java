package org.rolloutsim.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorrelationMatrixTest {

    @Test
    void positiveSemiDefinitenessIsJudgedByEigenvalues() {
        assertTrue(CorrelationMatrix.isPositiveSemiDefinite(new double[][] {{1, 0.7}, {0.7, 1}}));
        assertTrue(CorrelationMatrix.isPositiveSemiDefinite(new double[][] {{1, 1}, {1, 1}}), "singular is fine");
        assertFalse(CorrelationMatrix.isPositiveSemiDefinite(
                new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}));
    }

    @Test
    void theNearestValidMatrixIsValidRoundedAndClose() {
        double[][] bad = {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}};
        double[][] near = CorrelationMatrix.nearestValid(bad, 2);
        assertTrue(CorrelationMatrix.isPositiveSemiDefinite(near));
        for (int i = 0; i < 3; i++) {
            assertEquals(1, near[i][i]);
            for (int j = 0; j < 3; j++) {
                assertEquals(near[i][j], near[j][i]);
                assertEquals(Math.round(near[i][j] * 100) / 100.0, near[i][j], 1e-12, "two decimals");
            }
        }
        // Higham's answer for this matrix keeps the signs and shrinks each entry to about 0.3-0.6
        assertTrue(near[0][1] > 0.2 && near[0][1] < 0.9, "a-b " + near[0][1]);
        assertTrue(near[0][2] < -0.2 && near[0][2] > -0.9, "a-c " + near[0][2]);
        // an already valid matrix is its own nearest
        double[][] good = {{1, 0.7}, {0.7, 1}};
        assertEquals(0.7, CorrelationMatrix.nearestValid(good, 2)[0][1], 1e-12);
    }

    @Test
    void rankCorrelationsBecomeNormalScoreCorrelationsByPearsonsFormula() {
        assertEquals(0.7167, CorrelationMatrix.normalScoreCorrelation(0.7), 1e-4);
        assertEquals(1, CorrelationMatrix.normalScoreCorrelation(1), 1e-12);
        assertEquals(0, CorrelationMatrix.normalScoreCorrelation(0), 0);
    }
}

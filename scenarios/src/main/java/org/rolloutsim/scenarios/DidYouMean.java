package org.rolloutsim.scenarios;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known name nearest to a misspelt one (edit distance, ignoring case and dashes). */
public final class DidYouMean {
    private static final int MAX_LENGTH = 100;

    private DidYouMean() {
    }

    /** The closest candidate, if it is close enough to be what the user meant. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = normalize(typed);
        // Allow about one slip per three characters, at least one and at most four.
        int allowed = Math.max(1, Math.min(4, (t.length() + 2) / 3));
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            String c = normalize(candidate);
            // A clear prefix ("triang" for "triangular") counts as a near miss.
            int d = t.length() >= 4 && (c.startsWith(t) || t.startsWith(c)) ? 1 : distance(t, c, bestDistance - 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean X?)" or "". */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> " (did you mean " + c + "?)").orElse("");
    }

    private static String normalize(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return lower.length() > MAX_LENGTH ? lower.substring(0, MAX_LENGTH) : lower;
    }

    /**
     * Optimal string alignment distance (insertions, deletions, substitutions, transpositions), or
     * {@code limit + 1} as soon as it is known to exceed {@code limit}: lists of thousands of ids
     * stay cheap to search.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = i;
            int rowMin = d[i][0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit + 1) {
                return limit + 1; // every alignment already costs more than the limit (+1 for transpositions)
            }
        }
        return Math.min(d[a.length()][b.length()], limit + 1);
    }
}

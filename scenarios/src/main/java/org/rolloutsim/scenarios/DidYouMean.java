package org.rolloutsim.scenarios;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known name nearest to a misspelt one (edit distance, ignoring case and dashes). */
final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest candidate, if it is close enough to be what the user meant. */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = normalize(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = normalize(candidate);
            // A clear prefix ("triang" for "triangular") counts as a near miss.
            int d = t.length() >= 4 && (c.startsWith(t) || t.startsWith(c)) ? 1 : distance(t, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        // Allow about one slip per three characters, at least one and at most four.
        int allowed = Math.max(1, Math.min(4, (t.length() + 2) / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean X?)" or "". */
    static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> " (did you mean " + c + "?)").orElse("");
    }

    private static String normalize(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.length() > 100 ? lower.substring(0, 100) : lower.replace("-", "").replace("_", "");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}

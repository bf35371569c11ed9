package org.rolloutsim.cli;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Safe, distinct folder names for the scenarios of one output directory, made from names users
 * chose: only {@code a-z 0-9 . _ -}, never {@code .}, {@code ..} or a hidden name, never a name
 * Windows reserves ({@code con}, {@code nul}, {@code com1}, …), at most {@link #MAX_LENGTH}
 * characters, and never a name already taken (the directory's own files, an earlier scenario).
 * A taken name gets a numbered suffix; the suffix is kept within the length limit, and since at most
 * as many candidates can be taken as there are taken names, the search always ends.
 */
final class FolderNames {
    static final int MAX_LENGTH = 80;
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private final Set<String> taken = new HashSet<>();
    /** The suffix to try first for a base name, so that many repeats of one name cost no more than one each. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /** @param reserved names already used in the directory, such as its own files */
    FolderNames(Collection<String> reserved) {
        reserved.forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
    }

    /** A distinct safe name for {@code name}, now taken. */
    String claim(String name) {
        String base = sanitize(name);
        if (taken.add(base)) {
            return base;
        }
        int limit = taken.size() + 2;
        for (int k = nextSuffix.getOrDefault(base, 2); k <= limit; k++) {
            String suffix = "-" + k;
            String candidate = trim(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))) + suffix;
            if (taken.add(candidate)) {
                nextSuffix.put(base, k + 1);
                return candidate;
            }
        }
        throw new IllegalStateException("no free folder name for " + name); // unreachable: see the class comment
    }

    /** {@code name} made safe as a single folder name (not yet checked against taken names). */
    static String sanitize(String name) {
        String s = trim(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-"));
        if (s.length() > MAX_LENGTH) {
            s = trim(s.substring(0, MAX_LENGTH));
        }
        if (s.isEmpty()) {
            return "scenario";
        }
        return WINDOWS_RESERVED.matcher(s).matches() ? s.replace('.', '-') + "-scenario" : s;
    }

    /** Without leading or trailing dots and dashes: no hidden names, no {@code .} or {@code ..}. */
    private static String trim(String s) {
        return s.replaceAll("^[.-]+|[.-]+$", "");
    }
}

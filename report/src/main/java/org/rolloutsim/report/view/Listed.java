package org.rolloutsim.report.view;

import java.util.List;

/** Items as a sentence lists them: "a", "a and b", "a, b and c". */
public final class Listed {
    private Listed() {
    }

    public static String of(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}

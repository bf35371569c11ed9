package org.rolloutsim.report.data;

/** CSV cells as RFC 4180 wants them: quoted only when they hold a comma, quote or line break. */
final class Csv {
    private Csv() {
    }

    static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}

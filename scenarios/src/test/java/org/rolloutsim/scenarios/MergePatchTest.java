package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test cases of RFC 7396, appendix A, on located trees. */
class MergePatchTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":\"b\"}             | {\"a\":\"c\"}             | {\"a\":\"c\"}",
            "{\"a\":\"b\"}             | {\"b\":\"c\"}             | {\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}             | {\"a\":null}              | {}",
            "{\"a\":\"b\",\"b\":\"c\"} | {\"a\":null}              | {\"b\":\"c\"}",
            "{\"a\":[\"b\"]}           | {\"a\":\"c\"}             | {\"a\":\"c\"}",
            "{\"a\":\"c\"}             | {\"a\":[\"b\"]}           | {\"a\":[\"b\"]}",
            "{\"a\":{\"b\":\"c\"}}     | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]}   | {\"a\":[1]}               | {\"a\":[1]}",
            "[\"a\",\"b\"]             | [\"c\",\"d\"]             | [\"c\",\"d\"]",
            "{\"a\":\"b\"}             | [\"c\"]                   | [\"c\"]",
            "{\"a\":\"foo\"}           | null                      | null",
            "{\"a\":\"foo\"}           | \"bar\"                   | \"bar\"",
            "{\"e\":null}              | {\"a\":1}                 | {\"a\":1,\"e\":null}",
            "[1,2]                     | {\"a\":\"b\",\"c\":null}  | {\"a\":\"b\"}",
            "{}                        | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}"})
    void followsRfc7396(String target, String patch, String expected) {
        Problems problems = new Problems();
        Node merged = MergePatch.apply(TreeReader.read("t.json", target, true, problems),
                TreeReader.read("p.json", patch, true, problems));
        assertEquals(CanonicalJson.write(TreeReader.read("e.json", expected, true, problems)),
                CanonicalJson.write(merged));
        assertEquals(0, problems.count());
    }
}

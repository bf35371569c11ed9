package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenarios.Node.ListNode;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;

class TreeReaderTest {

    private static MapNode read(String yaml, Problems problems) {
        return (MapNode) TreeReader.read("t.yaml", yaml, false, problems);
    }

    @Test
    void keepsLinesAndColumnsOfEveryValue() {
        Problems problems = new Problems();
        MapNode root = read("a: 1\nsites:\n  - {id: x, users: 12}\n", problems);
        ListNode sites = (ListNode) root.get("sites");
        MapNode site = (MapNode) sites.items().get(0);
        assertEquals(new Location("t.yaml", 3, 20), site.get("users").location());
        assertEquals(new Location("t.yaml", 3, 13), site.entry("users").keyLocation());
        assertTrue(problems.isEmpty());
    }

    private static String jsonError(String json) {
        Problems problems = new Problems();
        assertNull(TreeReader.read("t.json", json, true, problems));
        return problems.toList().get(0).toString();
    }

    @Test
    void jsonSyntaxErrorsAreInPlainWordsWithoutTheParsersSettings() {
        assertEquals("t.json:1:7: JSON syntax: NaN is not a number here: JSON has no NaN or infinity; write a finite"
                + " number", jsonError("{\"a\": NaN}"));
        assertEquals("t.json:2:6: JSON syntax: -Infinity is not a number here: JSON has no NaN or infinity; write a"
                + " finite number", jsonError("{\n\"a\": -Infinity}"));
        assertEquals("t.json:1:10: JSON syntax: JSON does not allow comments; remove it (a YAML scenario file may have"
                + " # comments)", jsonError("{\"a\": 1, /* no */ \"b\": 2}"));
        assertEquals("t.json:1:7: JSON syntax: a JSON number has no plus sign: remove the +", jsonError("{\"a\": +5}"));
        assertEquals("t.json:1:2: JSON syntax: JSON text and field names are written in double quotes (\"), not single"
                + " ones", jsonError("{'a': 5}"));
        assertEquals("t.json:2:1: JSON syntax: the file ends inside the mapping '{' opened at line 1, column 1: a"
                + " closing '}' is missing", jsonError("{\"a\": [1]\n"));
        assertEquals("t.json:1:14: JSON syntax: a comma before the closing '}' with nothing after it: JSON allows no"
                + " trailing comma; remove it", jsonError("{\"name\": \"x\",}"));
        assertEquals("t.json:1:13: JSON syntax: a comma before the closing ']' with nothing after it: JSON allows no"
                + " trailing comma; remove it", jsonError("{\"a\": [1, 2,]}"));
        assertEquals("t.json:1:9: JSON syntax: a comma is missing between two fields (JSON separates them with ',')",
                jsonError("{\"a\": 1 \"b\": 2}"));
    }

    @Test
    void readsYaml11NumberSpellingsAsNumbers() {
        Problems problems = new Problems();
        MapNode root = read("a: 1.0e6\nb: 6.0e8\nc: 1_000\nd: 0x1F\ne: 1e6\nf: .inf\ng: '12'\n", problems);
        assertEquals(1.0e6, ((Scalar) root.get("a")).number());
        assertEquals(6.0e8, ((Scalar) root.get("b")).number());
        assertEquals(1000, ((Scalar) root.get("c")).number());
        assertEquals(31, ((Scalar) root.get("d")).number());
        assertEquals(1e6, ((Scalar) root.get("e")).number());
        assertEquals(Double.POSITIVE_INFINITY, ((Scalar) root.get("f")).number());
        assertEquals(Scalar.Kind.STRING, ((Scalar) root.get("g")).kind());
    }

    @Test
    void aliasesAreSharedAndMergeKeysMerge() {
        Problems problems = new Problems();
        MapNode root = read("""
                community: &community {complexity: 1.0, legacy: vendor}
                sites:
                  - {<<: *community, id: a, users: 100}
                  - {<<: *community, id: b, users: 200, legacy: paper}
                same: *community
                """, problems);
        assertTrue(problems.isEmpty(), problems.toList()::toString);
        ListNode sites = (ListNode) root.get("sites");
        MapNode b = (MapNode) sites.items().get(1);
        assertEquals("paper", ((Scalar) b.get("legacy")).text(), "written keys win over merged ones");
        assertEquals(1.0, ((Scalar) b.get("complexity")).number());
        MapNode same = (MapNode) root.get("same");
        assertSame(((MapNode) root.get("community")).entries(), same.entries(), "shared, not copied");
        assertEquals(new Location("t.yaml", 5, 7), same.location(), "an alias is where it is used");
        assertEquals(1, same.get("complexity").location().line(), "what it holds, where it was written");
    }

    @Test
    void duplicateKeysAreReportedAndReadingGoesOn() {
        Problems problems = new Problems();
        MapNode root = read("a: 1\nb: 2\na: 3\nc: 4\n", problems);
        assertEquals(1, problems.count());
        assertEquals(3, problems.toList().get(0).line());
        assertEquals(4, ((Scalar) root.get("c")).number());
    }

    @Test
    void billionLaughsStopsQuickly() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Problems problems = new Problems();
        assertNull(TreeReader.read("laughs.yaml", yaml.toString(), false, problems));
        assertTrue((ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start) / 1_000_000 < 1000);
        assertTrue(problems.toList().get(0).message().contains("expands to more than"));
    }

    @Test
    void jsonIsReadWithTheSameTree() {
        Problems problems = new Problems();
        Node node = TreeReader.read("t.json", "{\"a\": [1, 2.5, \"x\", true, null]}", true, problems);
        ListNode a = (ListNode) ((MapNode) node).get("a");
        assertEquals(5, a.items().size());
        assertEquals(2.5, ((Scalar) a.items().get(1)).number());
        assertInstanceOf(Scalar.class, a.items().get(4));
        assertTrue(((Scalar) a.items().get(4)).isNull());
    }
}

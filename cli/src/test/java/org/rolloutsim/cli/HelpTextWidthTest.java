package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every line a command's help writes of its own description fits the help's width, so picocli
 * never breaks one: a break it makes falls anywhere, in the middle of an example a reader would
 * copy ("--param governance." then "customizationApproval=0:1:0.25" on the next line) or after two
 * words ("run.json (the options," then "seed and run count").
 */
class HelpTextWidthTest {
    @Test
    void everyDescriptionLineFitsTheHelpsWidth() {
        CommandLine root = RolloutCommand.commandLine();
        List<String> tooWide = new ArrayList<>();
        check("rollout", root, tooWide);
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            check("rollout " + sub.getKey(), sub.getValue(), tooWide);
        }
        assertEquals(List.of(), tooWide);
    }

    private static void check(String name, CommandLine command, List<String> tooWide) {
        int width = command.getCommandSpec().usageMessage().width();
        for (String line : command.getCommandSpec().usageMessage().description()) {
            if (line.length() > width) {
                tooWide.add(name + " (" + line.length() + " > " + width + "): " + line);
            }
        }
    }
}

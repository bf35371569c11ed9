package org.rolloutsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's version and the commit it was built from, read from files the build writes. */
public final class BuildVersion implements IVersionProvider {

    /** For example {@code 0.1.0-SNAPSHOT (commit 1a2b3c4)}. */
    public static String describe() {
        String version = RolloutCommand.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = "development";
        }
        Properties git = new Properties();
        try (InputStream in = RolloutCommand.class.getResourceAsStream("/rollout-git.properties")) {
            if (in != null) {
                git.load(in);
            }
        } catch (IOException e) {
            // The commit is a nicety: without it the version alone is still true.
        }
        String commit = git.getProperty("git.commit.id.abbrev");
        if (commit == null || commit.isBlank()) {
            return version;
        }
        boolean dirty = Boolean.parseBoolean(git.getProperty("git.dirty", "false"));
        return version + " (commit " + commit + (dirty ? ", with local changes" : "") + ")";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rollout-sim " + describe(), "Java " + System.getProperty("java.version")};
    }
}

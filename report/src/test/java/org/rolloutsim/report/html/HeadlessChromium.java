package org.rolloutsim.report.html;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a local headless Chromium on a file: dumps its DOM or takes a screenshot, and keeps what the
 * browser logged (console messages included) so a test can look for errors. Every run gets a fresh
 * profile directory and cannot resolve any host name (so nothing is ever fetched), and the browser's
 * network log tells which addresses the page tried to load.
 */
final class HeadlessChromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;
    private final Path workDir;
    private int runs;

    /**
     * What one browser run printed, and the network requests the page itself made (http, https,
     * ws… addresses requested on behalf of the file:// page; the browser's own background requests,
     * which all fail here anyway, are not the page's doing and are left out).
     */
    record Result(String stdout, String log, List<String> pageRequests) {
        /** Console messages and failed loads the page produced, one per line. */
        List<String> consoleProblems() {
            List<String> out = new ArrayList<>();
            for (String line : log.split("\n")) {
                if (line.contains(":CONSOLE") || line.contains("Uncaught") || line.contains("Failed to load resource")) {
                    out.add(line);
                }
            }
            return out;
        }
    }

    private HeadlessChromium(Path executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** The browser named by {@code CHROME_BIN}, or the first Chromium or Chrome on the PATH. */
    static Optional<HeadlessChromium> find(Path workDir) {
        return find(workDir, System.getenv("CHROME_BIN"), System.getenv("PATH"));
    }

    /** As {@link #find(Path)} with the two environment values given. */
    static Optional<HeadlessChromium> find(Path workDir, String configured, String path) {
        if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
            return Optional.of(new HeadlessChromium(Path.of(configured), workDir));
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new HeadlessChromium(candidate, workDir));
                }
            }
        }
        return Optional.empty();
    }

    Result dumpDom(Path page) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", page.toUri().toString()));
    }

    /** The DOM after loading the page in a window of the given size (layout depends on it). */
    Result dumpDom(Path page, int width, int height) throws IOException, InterruptedException {
        return run(List.of("--window-size=" + width + "," + height, "--dump-dom", page.toUri().toString()));
    }

    Result screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return run(List.of("--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars",
                page.toUri().toString()));
    }

    private Result run(List<String> args) throws IOException, InterruptedException {
        runs++;
        Path profile = Files.createDirectories(workDir.resolve("profile-" + runs));
        Path out = workDir.resolve("stdout-" + runs + ".txt");
        Path log = workDir.resolve("stderr-" + runs + ".txt");
        Path netLog = workDir.resolve("netlog-" + runs + ".json");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--log-net-log=" + netLog));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("browser did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8),
                pageRequests(netLog));
    }

    /**
     * Addresses requested for a page loaded from a file: net-log events whose network isolation key
     * is the file:// site and whose address is not a file.
     */
    static List<String> pageRequests(Path netLog) throws IOException {
        if (!Files.exists(netLog)) {
            throw new IOException("the browser wrote no network log at " + netLog);
        }
        JsonNode events = new ObjectMapper().readTree(netLog.toFile()).path("events");
        Set<String> urls = new LinkedHashSet<>();
        for (JsonNode event : events) {
            JsonNode params = event.path("params");
            String url = params.path("url").asText("");
            String key = params.path("network_isolation_key").asText("");
            if (key.contains("file://") && !url.isEmpty() && !url.startsWith("file:") && !url.startsWith("data:")) {
                urls.add(url);
            }
        }
        return new ArrayList<>(urls);
    }
}

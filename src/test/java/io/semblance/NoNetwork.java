// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs commands in a fresh Linux network namespace ({@code unshare -n}, or {@code unshare -rn} when not root): a
 * namespace with only a loopback interface, which is down, so nothing in it reaches any network.
 */
final class NoNetwork {
    /** Why no namespace can be made here ("" when one can), once probed. */
    private static String unavailable;
    private static NoNetwork runner;

    /** The command prefix that starts a process in a namespace of its own. */
    private final List<String> unshare;

    private NoNetwork(List<String> unshare) {
        this.unshare = unshare;
    }

    /** What a finished process did. */
    record Result(int exit, String out, String err) {
        /** Its output and errors, for a failure message. */
        String text() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /**
     * The namespace runner. Where unshare is missing or not allowed, the calling tests are skipped with the reason,
     * unless the environment variable CI is set: CI must prove the guarantee, so there it is a failure.
     */
    static synchronized NoNetwork require(Path work) throws Exception {
        if (unavailable == null) {
            List<String> prefix = List.of("unshare", isRoot(work) ? "-n" : "-rn");
            try {
                Result r = run(new ArrayList<>(prefix), List.of("true"), work, Duration.ofSeconds(30));
                unavailable = r.exit() == 0 ? "" : String.join(" ", prefix) + " is not allowed here: " + r.err().strip();
            } catch (IOException e) {
                unavailable = "unshare (util-linux) is not installed: " + e.getMessage();
            }
            if (!unavailable.isEmpty() && System.getenv("CI") == null) {
                System.err.println("cannot make a network namespace, so the offline tests are skipped: " + unavailable);
            }
            runner = new NoNetwork(prefix);
        }
        if (!unavailable.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail("CI must show that Semblance runs without a network, but " + unavailable);
            }
            Assumptions.abort("cannot make a network namespace, so the offline run is skipped: " + unavailable);
        }
        return runner;
    }

    /** Runs {@code command} in a new network namespace, in {@code dir}, killing it after {@code limit}. */
    Result run(List<String> command, Path dir, Duration limit) throws IOException, InterruptedException {
        return run(new ArrayList<>(unshare), command, dir, limit);
    }

    /** Runs {@code command} as it is, outside any namespace. */
    static Result outside(List<String> command, Path dir) throws IOException, InterruptedException {
        return run(new ArrayList<>(), command, dir, Duration.ofSeconds(30));
    }

    private static Result run(List<String> prefix, List<String> command, Path dir, Duration limit)
            throws IOException, InterruptedException {
        prefix.addAll(command);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(prefix).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null"))).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
            fail(String.join(" ", command) + " did not finish within " + limit + ":\n" + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static boolean isRoot(Path work) throws IOException, InterruptedException {
        return outside(List.of("id", "-u"), work).out().strip().equals("0");
    }
}

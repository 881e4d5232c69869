// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code semblance ARGS} in a Java process of its own, with the tests' class path and the given heap. */
public final class ChildJvm {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code main} (a class on the tests' class path) with {@code -Xmx<heap>}; output goes to files in dir. */
    public static ChildJvm start(Path dir, String heap, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        return new ChildJvm(p, out, err);
    }

    /** Starts the command line. */
    public static ChildJvm semblance(Path dir, String heap, String... args) throws IOException {
        return start(dir, heap, "io.semblance.Main", args);
    }

    public Process process() {
        return process;
    }

    /** Waits for the end (killing the process after {@code seconds}); returns the exit code. */
    public int waitFor(long seconds) throws InterruptedException, IOException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child process did not end within " + seconds + " s; stderr: " + err());
        }
        return process.exitValue();
    }

    public String out() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    public String err() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }
}

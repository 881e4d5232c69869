// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/** Runs this program in a new Java process and times it from start to exit, as a user's shell would. */
final class BenchChild {
    /** A finished run: wall-clock seconds from start to exit, and what it printed on standard output. */
    record Run(double seconds, String out) {
    }

    private static final String MAIN = "io.semblance.Main";

    private BenchChild() {
    }

    /**
     * The command starting this program in a new JVM with {@code jvmOptions}: {@code java OPTIONS -jar semblance.jar}
     * when it was started from its jar (what a user runs), else {@code java OPTIONS -cp CLASSPATH io.semblance.Main}.
     */
    static List<String> java(List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        String cp = System.getProperty("java.class.path");
        boolean jar = isApplicationJar(cp);
        cmd.add(jar ? "-jar" : "-cp");
        cmd.add(cp);
        if (!jar) {
            cmd.add(MAIN);
        }
        return cmd;
    }

    /** A command as shown to people: the Java home as $JAVA_HOME, a long class path by its number of entries. */
    static String shown(List<String> command) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            String part = command.get(i).replace(System.getProperty("java.home"), "$JAVA_HOME");
            if (i > 0 && command.get(i - 1).equals("-cp")) {
                part = "CLASSPATH(" + part.split(java.io.File.pathSeparator).length + " entries)";
            }
            parts.add(part);
        }
        return String.join(" ", parts);
    }

    /** True when the class path is one jar whose manifest starts this program. */
    private static boolean isApplicationJar(String cp) {
        if (cp == null || cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(cp)) {
            return jar.getManifest() != null
                    && MAIN.equals(jar.getManifest().getMainAttributes().getValue("Main-Class"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code command}, its output going to files in {@code dir}; throws IOException carrying the last line the
     * process wrote on standard error when it exits with another code than 0.
     */
    static Run run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            long start = System.nanoTime();
            Process p = pb.start();
            int code = p.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
                String last = lines.isEmpty() ? "no message" : lines.get(lines.size() - 1).strip();
                throw new IOException("exit code " + code + ": " + last);
            }
            return new Run(seconds, Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}

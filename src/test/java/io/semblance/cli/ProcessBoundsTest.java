// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ChildJvm;
import io.semblance.Fixtures;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in processes of its own, at their limits: a table too large for the heap is refused before it
 * is read, in one line; Ctrl-C or SIGTERM while writing leaves no file; SIGKILL while replacing a file leaves the old
 * file whole, and the hidden temporary file it leaves is removed by the next run writing the same file.
 */
class ProcessBoundsTest {
    private static final String REFUSAL = "error: big\\.csv needs about \\d+ MB of memory but only \\d+ MB is free:"
            + " start Java with more \\(java -Xmx\\dg -jar semblance\\.jar \\.\\.\\.\\) or use fewer rows of the table";

    @TempDir
    Path dir;

    /** A table of {@code rows} rows of short distinct values (ids, names, numbers, cities). */
    private Path table(String name, int rows) throws Exception {
        Path file = dir.resolve(name);
        Random rnd = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,score,city\n");
            for (int i = 0; i < rows; i++) {
                w.write(i + ",n" + rnd.nextInt(1_000_000) + "," + rnd.nextInt(1000) / 10.0 + ",c" + rnd.nextInt(500)
                        + "\n");
            }
        }
        return file;
    }

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aTableTooLargeForTheHeapIsRefusedBeforeReadingInOneLine() throws Exception {
        Path big = table("big.csv", 600_000);
        Path out = Files.createDirectories(dir.resolve("out"));
        for (List<String> args : List.of(List.of("metadata", big.toString(), "-q"),
                List.of("synth", big.toString(), "-o", out.resolve("syn.csv").toString(), "-q"))) {
            long start = System.nanoTime();
            ChildJvm child = ChildJvm.semblance(dir, "64m", args.toArray(String[]::new));
            int exit = child.waitFor(120);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String err = child.err().strip();
            assertEquals(ExitCodes.NO_MEMORY, exit, err);
            assertTrue(err.matches(REFUSAL), err);
            assertFalse(err.contains("OutOfMemoryError") || err.contains("\tat "), err);
            assertTrue(millis < 30_000, args.get(0) + " took " + millis + " ms to refuse");
            System.out.println(args.get(0) + " refused a " + Files.size(big) / 1_000_000 + " MB table at -Xmx64m in "
                    + millis + " ms (process start included): " + err);
        }
        assertEquals(List.of(), names(out), "no output, no temporary file");
    }

    @Test
    void aTableThatFitsIsReadInTheSameHeap() throws Exception {
        Path meta = dir.resolve("adult.json");
        ChildJvm child = ChildJvm.semblance(dir, "64m", "metadata", Fixtures.ADULT.path().toString(), "-q", "-o",
                meta.toString());
        assertEquals(0, child.waitFor(120), child.err());
        assertTrue(Files.readString(meta).contains("\"education-num\""));
    }

    @Test
    void anOutOfMemoryErrorWhileStreamingIsOneLineAndLeavesNoFile() throws Exception {
        Path model = dir.resolve("adult-model.json");
        assertEquals(0, Cli.run(new String[] {"synth", Fixtures.ADULT.path().toString(), "-o",
                dir.resolve("fit.csv").toString(), "--rows", "1", "--seed", "1", "--save-model", model.toString(), "-q"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        Path out = Files.createDirectories(dir.resolve("oom"));
        ChildJvm child = ChildJvm.semblance(dir, "12m", "sample", model.toString(), "--rows", "2000000", "--seed", "1",
                "-o", out.resolve("synthetic.csv").toString());
        int exit = child.waitFor(120);
        String err = child.err().strip();
        assertEquals(ExitCodes.NO_MEMORY, exit, err);
        assertTrue(err.matches("error: out of memory \\(Java may use \\d+ MB\\): start Java with more \\(java -Xmx\\dg"
                + " -jar semblance\\.jar \\.\\.\\.\\) or work on fewer rows"), err);
        assertEquals(List.of(), names(out), "no output, no temporary file");
    }

    /** A model to sample from, and a folder of its own for what the child process writes. */
    private Path model() throws Exception {
        Path m = dir.resolve("model.json");
        assertEquals(0, Cli.run(new String[] {"synth", Fixtures.GERMAN_CREDIT.path().toString(), "-o",
                dir.resolve("fit.csv").toString(), "--rows", "1", "--seed", "1", "--save-model", m.toString(), "-q"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        return m;
    }

    /** Starts sampling far more rows than will ever be written and waits until its temporary file is growing. */
    private ChildJvm sampling(Path model, Path target, boolean force) throws Exception {
        ChildJvm child = force
                ? ChildJvm.semblance(dir, "256m", "sample", model.toString(), "--rows", "200000000", "--seed", "1",
                        "-o", target.toString(), "-q", "--force")
                : ChildJvm.semblance(dir, "256m", "sample", model.toString(), "--rows", "200000000", "--seed", "1",
                        "-o", target.toString(), "-q");
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            if (temporaries(target).stream().anyMatch(p -> p.toFile().length() > (4 << 20))) {
                return child;
            }
            assertTrue(child.process().isAlive(), () -> "the sampling ended early: " + errOf(child));
            Thread.sleep(20);
        }
        child.process().destroyForcibly().waitFor();
        throw new AssertionError("no temporary file grew past 4 MB");
    }

    private static String errOf(ChildJvm child) {
        try {
            return child.err();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private List<Path> temporaries(Path target) throws Exception {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    @Test
    void sigtermWhileWritingLeavesNoFile() throws Exception {
        Path model = model();
        Path out = Files.createDirectories(dir.resolve("term"));
        Path target = out.resolve("synthetic.csv");
        ChildJvm child = sampling(model, target, false);

        child.process().destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hooks run
        assertEquals(143, child.waitFor(30), "ended by SIGTERM");
        assertEquals(List.of(), names(out), "neither the output nor its temporary file is left");
    }

    @Test
    void sigkillWhileReplacingKeepsTheOldFileAndTheNextRunRemovesTheLeftover() throws Exception {
        Path model = model();
        Path out = Files.createDirectories(dir.resolve("kill"));
        Path target = Files.writeString(out.resolve("synthetic.csv"), "the old file\n");
        ChildJvm child = sampling(model, target, true);

        child.process().destroyForcibly(); // SIGKILL: nothing runs any more in the process
        child.waitFor(30);
        assertEquals("the old file\n", Files.readString(target), "the old file is whole");
        List<Path> left = temporaries(target);
        assertEquals(1, left.size(), "one hidden temporary file is left: " + left);
        assertTrue(left.get(0).getFileName().toString().matches("\\.synthetic\\.csv\\.[0-9a-f]+\\.partial"));

        Thread.sleep(2_100); // the next run takes a leftover for a live writer's for 2 s
        assertEquals(0, Cli.run(new String[] {"sample", model.toString(), "--rows", "10", "--seed", "1", "-o",
                target.toString(), "-q", "--force"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));
        assertEquals(11, Files.readAllLines(target).size());
        assertEquals(List.of("synthetic.csv"), names(out), "the leftover is gone");
    }
}

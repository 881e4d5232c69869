// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench measures and judges every target on a small table; it leaves no temporary file behind. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private static final List<String> TARGETS = List.of("load: read german_credit.csv",
            "detect: types, personal data, roles", "copula fit", "cart fit",
            "sample 1,500 rows (copula) to a discarded stream", "sample 1,500 rows (copula) to a CSV file",
            "fidelity: quality and diagnostic, 1,000 vs 1,000 rows", "exact DCR: 1,000 synthetic x 1,000 training rows",
            "stream 4,000 rows x 21 columns to disk, new JVM -Xmx64m",
            "synth german_credit.csv, 1,000 rows, whole process",
            "synth german_credit.csv, 1,500 rows, whole process");

    @Test
    void reportsEveryTargetWithTimesAndAVerdict() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[]{"bench", Fixtures.GERMAN_CREDIT.path().toString(), "--repeat", "2",
            "--warmup", "0", "--rows", "1500", "--stream-rows", "4000", "--stream-heap", "64m", "--dir",
            dir.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        String text = out.toString();
        assertEquals(0, code, err + text);
        assertTrue(text.startsWith("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "), text);
        assertTrue(text.contains("uptime at start: ") && text.contains("uptime at end: "), text);
        String time = "\\d+\\.\\d{3} s";
        for (String target : TARGETS) {
            Pattern line = Pattern.compile("(?m)^" + Pattern.quote(target) + " +" + time + " +" + time
                    + " +(<= " + time + "|-Xmx64m|-) +(PASS|MISS|-)(  .*)?$");
            assertTrue(line.matcher(text).find(), target + " in\n" + text);
        }
        assertTrue(Pattern.compile("(?m)^stream .* (PASS|MISS)  peak heap \\d+ MB; [0-9.]+ MB written$").matcher(text)
                .find(), text);
        assertTrue(Pattern.compile("(?m)^\\d+ of 9 targets met$").matcher(text).find(), text);
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void passesTheReadOptionsOnToTheCommandsItStarts() {
        BenchCommand bench = new BenchCommand();
        new picocli.CommandLine(bench).parseArgs("t.csv", "--delimiter", ";", "--no-header", "--encoding",
                "windows-1252", "--missing", "NA,-", "--sheet", "S");
        assertEquals(List.of("--delimiter", ";", "--no-header", "--encoding", "windows-1252", "--missing", "NA,-",
                "--sheet", "S"), bench.read.toArgs());
        BenchCommand plain = new BenchCommand();
        new picocli.CommandLine(plain).parseArgs("t.csv");
        assertEquals(List.of(), plain.read.toArgs());
    }

    @Test
    void refusesNonsensicalCounts() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[]{"bench", Fixtures.GERMAN_CREDIT.path().toString(), "--repeat", "0"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, code);
        assertEquals("error: --repeat must be at least 1 and --warmup at least 0", err.toString().strip());
    }
}

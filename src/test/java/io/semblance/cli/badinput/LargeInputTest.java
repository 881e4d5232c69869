// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.io.TableReaders;
import io.semblance.core.model.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus cases too big to keep as files, generated here from a fixed seed: a 1 MB field, 5,000 columns and a
 * column with 100,000 distinct values.
 */
class LargeInputTest {
    @TempDir
    Path dir;

    @Test
    void aOneMegabyteFieldIsFreeTextNeverCopied() throws Exception {
        StringBuilder csv = new StringBuilder("id,age,note\n");
        SplittableRandom rng = new SplittableRandom(11);
        String big = "lorem ipsum, dolor\n".repeat(55_189);
        for (int i = 0; i < 40; i++) {
            String note = i == 7 ? "\"" + big + "\"" : "seen on visit " + rng.nextInt(1000);
            csv.append(i).append(',').append(20 + rng.nextInt(50)).append(',').append(note).append('\n');
        }
        Corpus c = Corpus.copy(dir);
        Path in = c.write("big_field.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.size(in) > 1 << 20);
        assertEquals(40, TableReaders.read(in).rowCount());
        Path out = dir.resolve("syn.csv");
        Corpus.Run r = Corpus.run("synth", in.toString(), "-o", out.toString(), "--rows", "40", "--seed", "1", "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(Files.size(out) < 10_000, "the big value is not copied: " + Files.size(out));
        assertEquals(41, Files.readAllLines(out).size());
    }

    @Test
    void fiveThousandColumnsAreDescribedAndTheCopulaRefusesThemClearly() throws Exception {
        int width = 5000;
        StringBuilder csv = new StringBuilder();
        for (int j = 0; j < width; j++) {
            csv.append(j == 0 ? "" : ",").append('c').append(j);
        }
        csv.append('\n');
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < width; j++) {
                csv.append(j == 0 ? "" : ",");
                csv.append(j % 2 == 0 ? String.valueOf(rng.nextInt(100)) : String.valueOf((char) ('A' + rng.nextInt(3))));
            }
            csv.append('\n');
        }
        Corpus c = Corpus.copy(dir);
        Path in = c.write("wide.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        Path meta = dir.resolve("meta.json");
        long start = System.nanoTime();
        Corpus.Run described = Corpus.run("metadata", in.toString(), "-o", meta.toString(), "-q");
        assertEquals(0, described.exit(), described.err());
        assertTrue(Files.readString(meta).contains("\"c4999\""));
        Path out = Files.createDirectories(dir.resolve("out"));
        Corpus.assertRefused(Corpus.run("synth", in.toString(), "--metadata", meta.toString(), "-o",
                out.resolve("syn.csv").toString(), "--seed", "1", "--rows", "10", "-q"), "wide.csv: the table has"
                + " 5,000 columns to model; the Gaussian copula fits at most 1,000 (its correlation matrix grows with"
                + " the square of the count); use the cart model, or mark columns that need no modelling as"
                + " identifiers", out);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 40, "metadata and the refusal took " + seconds + " s");
    }

    @Test
    void aHundredThousandDistinctValuesAreAnIdentifier() throws Exception {
        StringBuilder csv = new StringBuilder("code,age,group\n");
        SplittableRandom rng = new SplittableRandom(3);
        Set<String> codes = new HashSet<>();
        while (codes.size() < 100_000) {
            String code = String.format("K%09dX", rng.nextInt(1_000_000_000));
            if (codes.add(code)) {
                csv.append(code).append(',').append(20 + rng.nextInt(50)).append(',')
                        .append("abc".charAt(rng.nextInt(3))).append('\n');
            }
        }
        Corpus c = Corpus.copy(dir);
        Path in = c.write("distinct.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("syn.csv");
        Corpus.Run r = Corpus.run("synth", in.toString(), "-o", out.toString(), "--rows", "50", "--seed", "1", "-q");
        assertEquals(0, r.exit(), r.err());
        Dataset syn = TableReaders.read(out);
        assertEquals(List.of("code", "age", "group"), syn.names());
        String[] generated = syn.column(0);
        assertTrue(Arrays.stream(generated).allMatch(v -> v.matches("K[0-9]{9}X")), Arrays.toString(generated));
        assertTrue(Arrays.stream(generated).noneMatch(codes::contains), "no real code is copied");
        assertEquals(50, Arrays.stream(generated).distinct().count());
    }
}

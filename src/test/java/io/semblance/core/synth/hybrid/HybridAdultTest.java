// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Hybrid synthesis of adult: half the rows from real records, income and the capital columns sensitive. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HybridAdultTest {
    private static final long SEED = 20261122L;
    private static final List<String> SENSITIVE = List.of("income", "capital-gain", "capital-loss");
    @TempDir
    static Path dir;
    Dataset adult;
    Metadata meta;
    FittedModel model;
    HybridSynthesis.Result result;
    Dataset written;

    @BeforeAll
    void build() throws Exception {
        adult = TableReaders.read(Fixtures.ADULT.path());
        meta = Synthesis.detect(adult, ProgressListener.NONE, Cancellation.NEVER);
        long t0 = System.nanoTime();
        model = Synthesis.fit("copula", adult, meta, SEED, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        result = build(SEED, 2);
        Path out = dir.resolve("hybrid.csv");
        HybridSynthesis.write(result, out, true);
        System.out.printf("hybrid copula on adult (fit, draw, pair, write): %.1f s%n", (System.nanoTime() - t0) / 1e9);
        written = TableReaders.read(out);
    }

    private HybridSynthesis.Result build(long seed, int threads) throws Exception {
        return HybridSynthesis.build(model, adult, meta, SENSITIVE, 0.5, adult.rowCount(), seed, threads,
                ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void halfTheRowsComeFromDistinctRealRecords() {
        int n = adult.rowCount();
        assertEquals(adult.names(), written.names());
        assertEquals(n, written.rowCount());
        assertEquals(Math.round(0.5 * n), result.hybridRows());
        Set<Integer> used = new HashSet<>();
        for (int r : result.realRow()) {
            assertTrue(r < n);
            assertTrue(r < 0 || used.add(r), "real record " + r + " used twice");
        }
        // interleaved: hybrid rows are spread over the whole file, not grouped at one end
        int firstHalf = 0;
        for (int r = 0; r < n / 2; r++) {
            firstHalf += result.realRow()[r] >= 0 ? 1 : 0;
        }
        assertTrue(Math.abs(firstHalf - n / 4) < n / 40, "hybrid rows in the first half: " + firstHalf);
    }

    @Test
    void qualityStaysHigh() {
        QualityReport q = QualityReport.compute(adult, written, meta);
        System.out.printf("hybrid copula on adult: quality %.4f (shapes %.4f, pair trends %.4f)%n", q.score(),
                q.columnShapes(), q.columnPairTrends());
        assertTrue(q.score() >= 0.9, "quality " + q.score());
    }

    @Test
    void hybridRowsKeepTheRealRecordsOtherValuesAndTakeSyntheticSensitiveOnes() throws Exception {
        Dataset syn = result.table();
        // the pool the partners came from: the first rows the model draws for this seed
        int n = adult.rowCount();
        Path poolFile = dir.resolve("pool.csv");
        new SampleWriter(2).write(model, Math.max(n, 2 * result.hybridRows()), SEED, poolFile, true,
                ProgressListener.NONE, Cancellation.NEVER);
        Dataset pool = TableReaders.read(poolFile);
        Set<List<String>> poolTuples = new HashSet<>();
        for (int r = 0; r < pool.rowCount(); r++) {
            poolTuples.add(sensitive(pool, r));
        }
        int differ = 0;
        for (int r = 0; r < n; r++) {
            int real = result.realRow()[r];
            if (real < 0) {
                continue;
            }
            for (int c = 0; c < adult.columnCount(); c++) {
                if (!SENSITIVE.contains(adult.name(c))) {
                    assertEquals(adult.value(real, c), syn.value(r, c), "row " + r + ", " + adult.name(c));
                }
            }
            assertTrue(poolTuples.contains(sensitive(syn, r)), "row " + r + " " + sensitive(syn, r));
            differ += sensitive(syn, r).equals(sensitive(adult, real)) ? 0 : 1;
        }
        System.out.printf("hybrid rows whose sensitive values differ from their real record's: %d of %d%n", differ,
                result.hybridRows());
        assertTrue(differ > result.hybridRows() / 10, "sensitive values differ in only " + differ + " rows");
    }

    private List<String> sensitive(Dataset d, int r) {
        return SENSITIVE.stream().map(name -> {
            String v = d.value(r, d.indexOf(name));
            return v == null ? "" : v;
        }).toList();
    }

    @Test
    void sameSeedSameBytesWhateverTheThreadsAndOtherSeedsDiffer() throws Exception {
        byte[] one = bytes(build(7, 1), "one.csv");
        byte[] three = bytes(build(7, 3), "three.csv");
        byte[] other = bytes(build(8, 3), "other.csv");
        assertArrayEquals(one, three);
        assertFalse(Arrays.equals(one, other));
        Path p1 = dir.resolve("p1.csv");
        Path p3 = dir.resolve("p3.csv");
        HybridSynthesis.writeProvenance(build(7, 1), p1, true);
        HybridSynthesis.writeProvenance(build(7, 3), p3, true);
        assertArrayEquals(Files.readAllBytes(p1), Files.readAllBytes(p3));
    }

    private byte[] bytes(HybridSynthesis.Result r, String name) throws Exception {
        Path p = dir.resolve(name);
        HybridSynthesis.write(r, p, true);
        return Files.readAllBytes(p);
    }

    @Test
    void provenanceNamesTheRealDataRows() throws Exception {
        Path p = dir.resolve("provenance.csv");
        HybridSynthesis.writeProvenance(result, p, true);
        List<String> lines = Files.readAllLines(p);
        assertEquals("row,source,real_row", lines.get(0));
        assertEquals(adult.rowCount() + 1, lines.size());
        for (int r = 0; r < adult.rowCount(); r++) {
            int real = result.realRow()[r];
            assertEquals((r + 1) + (real < 0 ? ",synthetic," : ",hybrid," + (real + 1)), lines.get(r + 1));
        }
    }

    @Test
    void edgeSharesAndRefusals() throws Exception {
        HybridSynthesis.Result none = HybridSynthesis.build(model, adult, meta, SENSITIVE, 0, 500, SEED, 2,
                ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(0, none.hybridRows());
        assertEquals(500, none.table().rowCount());
        HybridSynthesis.Result all = HybridSynthesis.build(model, adult, meta, SENSITIVE, 1, 500, SEED, 2,
                ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(500, all.hybridRows());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HybridSynthesis.build(model,
                adult, meta, SENSITIVE, 0.8, 2L * adult.rowCount(), SEED, 2, ProgressListener.NONE,
                Cancellation.NEVER));
        assertTrue(e.getMessage().contains("but the table has only " + adult.rowCount()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HybridSynthesis.check(adult, meta, adult.names(), 0.5,
                10));
        assertThrows(IllegalArgumentException.class, () -> HybridSynthesis.check(adult, meta, SENSITIVE, 1.5, 10));
    }
}

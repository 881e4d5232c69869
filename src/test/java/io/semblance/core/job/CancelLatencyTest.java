// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.io.CsvWriter;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableReaders;
import io.semblance.core.io.XlsxWriter;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.Evaluation;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.DatasetSampler;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every long engine job stops soon after it is cancelled, whatever it is doing, and leaves nothing behind: each is
 * started on an input large enough to run for several seconds, cancelled once under way, and must end with
 * {@link CancelledException} within {@link CancelProbe#BOUND_MILLIS}. The latencies are printed (repeat with
 * -Dsemblance.cancel.runs=5 to measure); the target is under a second. The delays before cancelling are short for
 * the jobs an idle machine finishes in well under a second, so that they are still under way when cancelled.
 */
class CancelLatencyTest {
    private static final CancelProbe PROBE = new CancelProbe();
    private static final long SEED = 5;

    @TempDir
    static Path dir;
    private static Dataset big;
    private static Metadata meta;
    private static FittedModel model;

    @BeforeAll
    static void inputs() throws Exception {
        Dataset adult = TableReaders.read(Fixtures.ADULT.path());
        big = repeat(adult, 4);
        meta = Synthesis.detect(adult, ProgressListener.NONE, Cancellation.NEVER);
        model = Synthesis.fit("copula", adult, meta, SEED, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
    }

    @AfterAll
    static void report() {
        PROBE.summary().forEach(System.out::println);
    }

    /** The table's rows {@code times} over (the values are shared, so this costs only the references). */
    static Dataset repeat(Dataset d, int times) {
        int n = d.rowCount();
        return d.selectRows(IntStream.range(0, n * times).map(i -> i % n).toArray());
    }

    private static void measure(String name, double minProgress, long delayMillis, CancelProbe.Job job)
            throws Exception {
        for (int i = 0; i < CancelProbe.runs(); i++) {
            PROBE.cancel(name, minProgress, delayMillis, job);
        }
    }

    private static List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void readingTextStops() throws Exception {
        Path csv = dir.resolve("big.csv");
        CsvWriter.write(repeat(big, 2), csv, true);
        measure("read CSV", 0, 50, (p, c) -> TableReaders.read(csv, ReadOptions.defaults(), p, c));
        Files.delete(csv);
    }

    @Test
    void readingAWorkbookStops() throws Exception {
        Path xlsx = dir.resolve("big.xlsx");
        new XlsxWriter("data", Set.of()).write(big, xlsx, true, ProgressListener.NONE, Cancellation.NEVER);
        measure("read XLSX", 0, 50, (p, c) -> TableReaders.read(xlsx, ReadOptions.defaults(), p, c));
        Files.delete(xlsx);
    }

    @Test
    void detectionStops() throws Exception {
        measure("detect types", 0, 20, (p, c) -> Synthesis.detect(big, p, c));
    }

    @Test
    void fittingStops() throws Exception {
        measure("fit copula", 0, 50, (p, c) -> Synthesis.fit("copula", big, meta, SEED, Locale.US, p, c));
        measure("fit cart", 0, 300, (p, c) -> Synthesis.fit("cart", big, meta, SEED, Locale.US, p, c));
    }

    @Test
    void drawingStops() throws Exception {
        measure("draw rows in memory", 0, 300, (p, c) -> DatasetSampler.draw(model, 2_000_000, SEED, 2, p, c));
    }

    @Test
    void writingSampledRowsStopsAndLeavesNoFile() throws Exception {
        Path out = dir.resolve("sampled.csv");
        measure("sample to CSV", 0, 300, (p, c) -> new SampleWriter(2).write(model, 20_000_000, SEED, out, false,
                p, c));
        assertEquals(List.of(), files(), "no output, no temporary file");
    }

    @Test
    void evaluationStopsInEveryPart() throws Exception {
        Dataset synthetic = DatasetSampler.draw(model, big.rowCount(), SEED, 2, ProgressListener.NONE,
                Cancellation.NEVER);
        Evaluation.Request q = new Evaluation.Request(big, synthetic, null, meta, List.of("age", "sex", "race"),
                List.of("income"), "income", SEED, 0.2, Thresholds.defaults());
        measure("evaluate: shapes and pairs", 0, 200, (p, c) -> Evaluation.run(q, List.of(), "test", p, c));
        measure("evaluate: privacy (DCR)", 0.1, 300, (p, c) -> Evaluation.run(q, List.of(), "test", p, c));
        Dataset few = big.selectRows(IntStream.range(0, 6_000).toArray());
        Evaluation.Request small = new Evaluation.Request(few, synthetic.selectRows(IntStream.range(0, 6_000)
                .toArray()), null, meta, List.of("age", "sex", "race"), List.of("income"), "income", SEED, 0.2,
                Thresholds.defaults());
        measure("evaluate: utility", 0.6, 300, (p, c) -> Evaluation.run(small, List.of(), "test", p, c));
    }

    @Test
    void exportingStopsAndLeavesNoFile() throws Exception {
        Dataset synthetic = DatasetSampler.draw(model, 1_000_000, SEED, 2, ProgressListener.NONE, Cancellation.NEVER);
        Path csv = dir.resolve("export.csv");
        Path xlsx = dir.resolve("export.xlsx");
        measure("export CSV", 0, 200, (p, c) -> CsvWriter.write(synthetic, csv, false, p, c));
        measure("export XLSX", 0, 300, (p, c) -> new XlsxWriter("synthetic", Set.of()).write(synthetic, xlsx, false,
                p, c));
        assertEquals(List.of(), files(), "no output, no temporary file");
    }
}

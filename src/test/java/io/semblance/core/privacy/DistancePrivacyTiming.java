// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
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
import java.util.Locale;
import java.util.Random;

/**
 * Wall time of the whole distance-based privacy evaluation on adult: 16,000 training rows, 16,000 holdout rows and
 * 16,000 synthetic rows. Not a unit test: run {@code main} by hand. The synthetic rows are, in turn, rows of the file
 * drawn at random (half of them copies of training or holdout rows), a copula model's sample fitted on the training
 * rows (the real use), and rows whose columns were shuffled independently (unlike any real row: the hardest search).
 */
public final class DistancePrivacyTiming {
    private static final int N = 16_000;

    private DistancePrivacyTiming() {
    }

    public static void main(String[] args) throws Exception {
        Metadata meta = Tables.adultMeta();
        Dataset adult = Tables.adultShuffled(42);
        Dataset train = Tables.slice(adult, 0, N);
        Dataset holdout = Tables.slice(adult, N, 2 * N);
        Random rnd = new Random(7);
        int[] drawn = rnd.ints(N, 0, adult.rowCount()).toArray();
        time("rows drawn from the file", meta, train, holdout, adult.selectRows(drawn));
        time("rows drawn from the file (again, warm)", meta, train, holdout, adult.selectRows(drawn));
        time("copula sample fitted on the training rows", meta, train, holdout, copula(train, meta));
        time("independently shuffled columns", meta, train, holdout, shuffledColumns(adult, rnd));
    }

    private static void time(String what, Metadata meta, Dataset t, Dataset h, Dataset s) {
        long start = System.nanoTime();
        EncodedTable[] e = Tables.encode(meta, t, s, h);
        long encoded = System.nanoTime();
        DistancePrivacyReport r = DistancePrivacy.evaluate(e[0], e[1], e[2], Thresholds.defaults(), 1,
                ProgressListener.NONE, Cancellation.NEVER);
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: encode %.2f s, evaluate %.2f s on %d processors%n", what,
                (encoded - start) / 1e9, (end - encoded) / 1e9, Runtime.getRuntime().availableProcessors());
        for (MetricResult m : r.results()) {
            System.out.printf(Locale.ROOT, "  %-27s %8.4f %-5s %s%n", m.key(), m.value(), m.level(), m.sentence());
        }
    }

    private static Dataset copula(Dataset train, Metadata meta) throws Exception {
        FittedModel model = Synthesis.fit("copula", train, meta, 11L, Locale.US, ProgressListener.NONE,
                Cancellation.NEVER);
        Path file = Files.createTempFile("semblance-timing", ".csv");
        try {
            new SampleWriter().write(model, N, 11L, file, true, ProgressListener.NONE, Cancellation.NEVER);
            return TableReaders.read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Dataset shuffledColumns(Dataset adult, Random rnd) {
        String[][] cols = new String[adult.columnCount()][N];
        for (int c = 0; c < cols.length; c++) {
            for (int r = 0; r < N; r++) {
                cols[c][r] = adult.value(rnd.nextInt(adult.rowCount()), c);
            }
        }
        return new Dataset("shuffled", adult.names(), cols, null);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.hybrid;

import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.io.AtomicFiles;
import io.semblance.core.io.ByteOut;
import io.semblance.core.io.CsvRecords;
import io.semblance.core.io.CsvWriter;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Seeds;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.constraints.Checker;
import io.semblance.core.synth.output.SampleWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Hybrid synthesis: a table of N rows of which round(share·N) are built from real records and the rest are drawn
 * from a fitted model. Each chosen real record (a seeded sample without replacement) is paired with its nearest
 * fully synthetic record, by the row distance of the privacy metrics over the non-sensitive modelled columns,
 * searched exactly over a pool of max(N, 2·k) rows drawn from the model (k = real records used; a pool row may be
 * the partner of several records). The merged row keeps the real record's non-sensitive modelled values and takes
 * the partner's sensitive values and its identifier and personal-data values (which are generated, never real).
 * Merged and fully synthetic rows are interleaved in a seeded random order. Under constraints, a record whose merge
 * with its nearest row breaks one takes the nearest row whose merge does not, or is passed over (see
 * {@link Pairing}). The same inputs and seed give the same table for any number of threads.
 */
public final class HybridSynthesis {
    private static final long SELECT = 0x4B1D;
    private static final long ORDER = 0x4B1E;

    /**
     * The output table and, per output row, the real record it was built from (0-based row of the training table)
     * or -1 for a fully synthetic row.
     */
    public record Result(Dataset table, int[] realRow) {
        /** Number of rows built from real records. */
        public int hybridRows() {
            int k = 0;
            for (int r : realRow) {
                k += r >= 0 ? 1 : 0;
            }
            return k;
        }
    }

    private HybridSynthesis() {
    }

    /** The number of rows built from real records: round(share·rows). */
    public static long realRows(double share, long rows) {
        return Math.round(share * rows);
    }

    /**
     * Checks the arguments that do not need a fitted model: share in [0, 1], enough real rows for round(share·rows),
     * sensitive columns that exist and are modelled, and at least one modelled column left to pair rows on.
     * Throws IllegalArgumentException with a message for the user.
     */
    public static void check(Dataset training, Metadata meta, Collection<String> sensitive, double share, long rows) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("the real share must be between 0 and 1, got " + share);
        }
        if (rows < 0) {
            throw new IllegalArgumentException("the row count must be 0 or more, got " + rows);
        }
        long k = realRows(share, rows);
        if (k > training.rowCount()) {
            throw new IllegalArgumentException("a real share of " + share + " of " + rows + " rows needs " + k
                    + " real records, but the table has only " + training.rowCount());
        }
        Synthesis.checkSensitive(training, meta, sensitive);
        if (pairingColumns(meta, Set.copyOf(sensitive), training.names()).isEmpty()) {
            throw new IllegalArgumentException("every modelled column is sensitive: hybrid synthesis needs at least"
                    + " one other modelled column to pair real and synthetic records on");
        }
    }

    /** Non-sensitive columns compared by the row distance (the evaluated sdtypes, see {@link TableEncoder}). */
    private static List<String> pairingColumns(Metadata meta, Set<String> sensitive, List<String> names) {
        List<String> out = new ArrayList<>();
        for (ColumnMeta m : meta.columns()) {
            if (names.contains(m.name()) && !sensitive.contains(m.name()) && m.isModelled()
                    && TableEncoder.evaluated(m)) {
                out.add(m.name());
            }
        }
        return out;
    }

    /**
     * Builds the hybrid table from a model fitted to {@code training} (with every column, as by
     * {@link Synthesis#fit}); {@code threads} draws and searches in parallel without changing the result.
     */
    public static Result build(FittedModel model, Dataset training, Metadata meta, Collection<String> sensitive,
                               double share, long rows, long seed, int threads, ProgressListener progress,
                               Cancellation cancel) throws IOException {
        return build(model, training, meta, sensitive, share, rows, seed, threads, null, progress, cancel);
    }

    /**
     * As above, with every row meeting the constraints of {@code checker} (null for none): the model's own rows must
     * meet them already (see {@link io.semblance.core.synth.constraints.ConstraintSet#full}), and each real record is
     * paired as {@link Pairing} explains, so that the merged rows meet them too and repeat no unique key.
     */
    public static Result build(FittedModel model, Dataset training, Metadata meta, Collection<String> sensitive,
                               double share, long rows, long seed, int threads, Checker checker,
                               ProgressListener progress, Cancellation cancel) throws IOException {
        check(training, meta, sensitive, share, rows);
        if (!model.columns().equals(training.names())) {
            throw new IllegalArgumentException("the model's columns do not match the table's");
        }
        if (rows > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("hybrid synthesis builds the table in memory; " + rows
                    + " rows is too many");
        }
        int n = (int) rows;
        int k = (int) realRows(share, rows);
        Set<String> sens = Set.copyOf(sensitive);

        int pool = k == 0 ? 0 : Math.max(n, 2 * k);
        Dataset drawn = draw(model, pool + (n - k), seed, threads, progress, cancel);
        int width = training.columnCount();
        boolean[] keepReal = new boolean[width];
        for (int c = 0; c < width; c++) {
            String name = training.name(c);
            keepReal[c] = !sens.contains(name) && meta.column(name).map(ColumnMeta::isModelled).orElse(false);
        }
        Pairing.Pairs pairs = k == 0 ? new Pairing.Pairs(new int[0], new int[0])
                : new Pairing(training, drawn, pool, meta, pairingColumns(meta, sens, training.names()), keepReal,
                        checker == null || checker.constraints().isEmpty() ? null : checker, threads, cancel)
                        .pair(k, Seeds.stream(seed, SELECT, 0));
        int[] chosen = pairs.chosen();
        int[] partner = pairs.partner();
        int[] slot = new int[n];
        for (int i = 0; i < n; i++) {
            slot[i] = i;
        }
        shuffle(slot, Seeds.stream(seed, ORDER, 0));
        String[][] out = new String[width][n];
        int[] realRow = new int[n];
        for (int r = 0; r < n; r++) {
            int s = slot[r];
            if (s < k) {
                int real = chosen[s];
                int syn = partner[s];
                for (int c = 0; c < width; c++) {
                    out[c][r] = keepReal[c] ? training.value(real, c) : drawn.value(syn, c);
                }
                realRow[r] = real;
            } else {
                int syn = pool + (s - k);
                for (int c = 0; c < width; c++) {
                    out[c][r] = drawn.value(syn, c);
                }
                realRow[r] = -1;
            }
        }
        return new Result(new Dataset(training.source(), training.names(), out, List.of()), realRow);
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code count} rows drawn from the model under the seed, as a table. */
    private static Dataset draw(FittedModel model, long count, long seed, int threads, ProgressListener progress,
                                Cancellation cancel) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SampleWriter(threads).stream(model, count, seed, bytes, progress, cancel);
        byte[] b = bytes.toByteArray();
        int header = 0;
        boolean quoted = false;
        while (header < b.length && (quoted || b[header] != '\n')) {
            quoted ^= b[header] == '"';
            header++;
        }
        int start = Math.min(b.length, header + 1);
        byte[] body = java.util.Arrays.copyOfRange(b, start, b.length);
        List<String[]> rows = CsvRecords.parse(body, body.length, model.columns().size());
        return Dataset.ofRows("generated", model.columns(), rows, List.of());
    }

    /** Writes the table as CSV (through a temporary file); replaces an existing file only if {@code replace}. */
    public static void write(Result result, Path target, boolean replace) throws IOException {
        CsvWriter.write(result.table(), target, replace);
    }

    /**
     * Writes the provenance file: a header, then per output row its number (1-based, as a data row), "hybrid" or
     * "synthetic", and for a hybrid row the 1-based data row of the real record used. It links output rows to
     * real records and must be kept as confidential as the real table.
     */
    public static void writeProvenance(Result result, Path target, boolean replace) throws IOException {
        AtomicFiles.write(target, replace, out -> {
            ByteOut b = new ByteOut(1 << 16);
            b.write("row,source,real_row\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            int[] real = result.realRow();
            for (int r = 0; r < real.length; r++) {
                b.writeLong(r + 1L);
                b.write(real[r] >= 0 ? ",hybrid,".getBytes(java.nio.charset.StandardCharsets.US_ASCII)
                        : ",synthetic,".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                if (real[r] >= 0) {
                    b.writeLong(real[r] + 1L);
                }
                b.write((byte) '\n');
                if (b.size() > 1 << 20) {
                    out.write(b.array(), 0, b.size());
                    b.reset();
                }
            }
            out.write(b.array(), 0, b.size());
        });
    }
}

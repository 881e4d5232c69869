// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.hybrid;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.privacy.NearestNeighbors;
import io.semblance.core.privacy.NeighbourFinder;
import io.semblance.core.privacy.RowDistance;
import io.semblance.core.synth.constraints.Checker;
import io.semblance.core.synth.constraints.UsedKeys;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Chooses the real records of a hybrid table and their synthetic partners. Records are taken in a seeded random
 * order (a Fisher–Yates shuffle drawn as far as needed). Each record's partner is its nearest pool row whose merge
 * meets every constraint (an exact search that skips the pool rows whose merge does not). Unique constraints are kept record by record, in order, against the fully synthetic rows and the merges
 * before: a record whose partner would repeat a key takes the nearest pool row that does not. A record no pool row
 * can complete (its kept values break a constraint on their own, say) is passed over for the next one in the order.
 * Without constraints this is the first k records of the order, each with its nearest pool row. The answer depends
 * only on the data and the seed, not on the number of threads.
 */
final class Pairing {
    /** The chosen records (rows of the training table) and their partners (rows of the drawn table). */
    record Pairs(int[] chosen, int[] partner) {
    }

    private final Dataset training;
    private final Dataset drawn;
    private final int pool;
    private final boolean[] keepReal;
    private final Checker checker;
    private final UsedKeys used;
    private final int threads;
    private final Cancellation cancel;
    private final TableEncoder encoder;
    private final List<String> columns;
    private final RowDistance distance;
    private final EncodedTable candidates;
    private final NeighbourFinder finder;
    /** Constraints (positions in the checker) that read kept columns only: no partner changes whether they hold. */
    private final int[] keptOnly;

    /**
     * @param pool     the first {@code pool} rows of {@code drawn} are the candidate partners; the rest are the fully
     *                 synthetic rows, whose keys no merged row may repeat
     * @param columns  the columns records and partners are compared on
     * @param checker  the constraints, or null for none
     */
    Pairing(Dataset training, Dataset drawn, int pool, Metadata meta, List<String> columns, boolean[] keepReal,
            Checker checker, int threads, Cancellation cancel) {
        this.training = training;
        this.drawn = drawn;
        this.pool = pool;
        this.keepReal = keepReal;
        this.checker = checker;
        this.threads = threads;
        this.cancel = cancel;
        this.columns = columns;
        int[] poolRows = IntStream.range(0, pool).toArray();
        Dataset poolTable = drawn.selectRows(poolRows);
        this.encoder = new TableEncoder(meta, training, poolTable);
        this.distance = new RowDistance(encoder.encode(training).select(columns));
        this.candidates = encoder.encode(poolTable).select(columns);
        this.finder = new NeighbourFinder(candidates, distance, cancel);
        this.used = checker == null ? null : UsedKeys.of(checker);
        this.keptOnly = checker == null ? new int[0] : IntStream.range(0, checker.constraints().size())
                .filter(k -> java.util.Arrays.stream(checker.positions(k)).allMatch(c -> keepReal[c])).toArray();
        if (used != null) {
            String[] row = new String[drawn.columnCount()];
            for (int i = pool; i < drawn.rowCount(); i++) {
                used.claim(rowOf(drawn, i, row));
            }
        }
    }

    private static String[] rowOf(Dataset d, int i, String[] row) {
        for (int c = 0; c < row.length; c++) {
            row[c] = d.value(i, c);
        }
        return row;
    }

    /** {@code k} records and partners, the records drawn in the order {@code rng} shuffles them into. */
    Pairs pair(int k, SplittableRandom rng) {
        int n = training.rowCount();
        int[] order = IntStream.range(0, n).toArray();
        int shuffled = 0;
        int[] chosen = new int[k];
        int[] partner = new int[k];
        int placed = 0;
        while (placed < k) {
            int need = k - placed;
            int from = shuffled;
            while (shuffled < n && shuffled - from < need) {
                int j = shuffled + rng.nextInt(n - shuffled);
                int t = order[shuffled];
                order[shuffled] = order[j];
                order[j] = t;
                shuffled++;
            }
            int[] batch = java.util.Arrays.copyOfRange(order, from, shuffled);
            if (batch.length == 0) {
                throw new IllegalArgumentException("only " + placed + " of the " + k + " real records needed can be"
                        + " merged into rows that meet the constraints; lower the real share");
            }
            int[] best = partners(batch);
            for (int b = 0; b < batch.length; b++) {
                int p = best[b];
                if (p >= 0 && used != null && !used.claim(merge(batch[b], p))) {
                    p = nearestFresh(batch, b);
                    if (p >= 0) {
                        used.claim(merge(batch[b], p));
                    }
                }
                if (p >= 0) {
                    chosen[placed] = batch[b];
                    partner[placed++] = p;
                }
            }
        }
        return new Pairs(chosen, partner);
    }

    /** Per record, its nearest pool row whose merge meets the row-wise constraints, or -1. */
    private int[] partners(int[] records) {
        EncodedTable query = encoder.encode(training.selectRows(records)).select(columns);
        if (checker == null) {
            return new NearestNeighbors(threads).nearestRows(query, candidates, distance, ProgressListener.NONE,
                    cancel);
        }
        NeighbourFinder.Queries queries = finder.prepare(query);
        int[] out = new int[records.length];
        IntStream.range(0, records.length).parallel().forEach(b -> out[b] = keptBroken(merge(records[b], 0)) ? -1
                : finder.nearest(queries, b, p -> checker.holds(merge(records[b], p))));
        return out;
    }

    /** The nearest pool row whose merge with the record meets the row-wise constraints and repeats no key taken. */
    private int nearestFresh(int[] records, int b) {
        NeighbourFinder.Queries queries = finder.prepare(encoder.encode(training.selectRows(new int[] {records[b]}))
                .select(columns));
        return finder.nearest(queries, 0, p -> {
            String[] merged = merge(records[b], p);
            return checker.holds(merged) && used.free(merged);
        });
    }

    /** Whether the merged row breaks a constraint that reads only kept columns, which no partner can mend. */
    private boolean keptBroken(String[] merged) {
        for (int k : keptOnly) {
            if (!checker.holds(k, merged)) {
                return true;
            }
        }
        return false;
    }

    /** The record's kept values with the pool row's other values. */
    String[] merge(int record, int poolRow) {
        String[] out = new String[keepReal.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = keepReal[c] ? training.value(record, c) : drawn.value(poolRow, c);
        }
        return out;
    }
}

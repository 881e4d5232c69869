// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.io.ByteOut;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.OrderedPass;
import io.semblance.core.synth.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Partial synthesis under constraints. Row i stays bound to real row i: only its redrawn columns (sensitive,
 * derived from a sensitive one, or generated) may change, so a constraint is enforced only when it reads at least
 * one redrawn column; one that reads kept columns only holds or not as in the real row ({@link #unenforced}).
 *
 * <p>Row-wise constraints: the chunk is redrawn in variants (the first is the plain one) and each row keeps its first
 * draw that meets every enforced constraint, for up to {@link #TRIES} draws. A row still without one then takes, as
 * a fallback, the drawn values of the first row of a full-synthesis sample (up to {@link #FALLBACK_CHUNKS} chunks of
 * it, scanned from a row-dependent start) whose values, merged with the row's kept ones, meet them: a conforming
 * draw that is not conditioned on the row. When even that fails, the constraints leave the row's kept values no room
 * and synthesis stops with IllegalArgumentException naming the row.
 *
 * <p>Unique constraints: an {@link OrderedPass} visits the chunks in order (see {@link UniqueModel} for why that
 * keeps the file independent of the thread count); a row whose key an earlier row took is redrawn the same way (in
 * other variants, then the fallback), keeping the first draw that meets the constraints with a free key, else
 * synthesis stops naming the row.
 */
final class PartialRows extends CheckedModel {
    private static final long RETRY_STREAM = 0x9A31;
    private static final long FALLBACK_STREAM = 0x9A32;
    private static final long UNIQUE_STREAM = 0x9A33;
    static final int TRIES = 40;
    static final int FALLBACK_CHUNKS = 4;

    private final FittedModel full;
    /** Per column, whether a fallback takes the full-synthesis row's value: redrawn and not generated. */
    private final boolean[] fromDonor;
    private final int[] rowWise;
    private final int[] enforced;
    private final List<Constraint> unenforced = new ArrayList<>();

    /**
     * @param partial  the partial model, writing the checker's columns
     * @param full     the full model it draws from, for the fallback
     * @param redrawn  per column, whether the partial model redraws it (see {@link io.semblance.core.synth.PartialModel})
     */
    PartialRows(FittedModel partial, FittedModel full, boolean[] redrawn, Checker checker) {
        super(partial, checker);
        this.full = full;
        this.fromDonor = new boolean[generated.length];
        for (int c = 0; c < generated.length; c++) {
            fromDonor[c] = redrawn[c] && !generated[c];
        }
        List<Integer> rows = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < checker.constraints().size(); k++) {
            boolean reads = false;
            for (int p : checker.positions(k)) {
                reads |= redrawn[p];
            }
            if (!reads) {
                unenforced.add(checker.constraints().get(k));
                continue;
            }
            all.add(k);
            if (!(checker.constraints().get(k) instanceof Constraint.Unique)) {
                rows.add(k);
            }
        }
        this.rowWise = rows.stream().mapToInt(Integer::intValue).toArray();
        this.enforced = all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The constraints that read only kept columns: real rows breaking them are written as they are. */
    List<Constraint> unenforced() {
        return List.copyOf(unenforced);
    }

    private boolean meets(String[] row) {
        for (int k : rowWise) {
            if (!checker.holds(k, row)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
        String[][] result = new String[count][];
        List<String[]> last = settle(seed, chunk, variant, result, this::meets);
        for (int r = 0; r < count; r++) {
            if (result[r] == null) {
                throw new IllegalArgumentException("row " + (chunk * CHUNK_ROWS + r + 1) + ": no values of the"
                        + " redrawn columns met " + ConstrainedModel.describe(broken(last.get(r))) + " in " + TRIES
                        + " draws and " + FALLBACK_CHUNKS * CHUNK_ROWS + " rows of full synthesis; the row's kept"
                        + " values leave the constraint(s) no room");
            }
            Rows.write(result[r], out);
        }
    }

    /**
     * Gives each row of the chunk whose entry in {@code result} is null its first draw that {@code ok} accepts: from
     * the chunk's variants (the first is {@code variant}), then the fallback merges, rows in order within each draw.
     * Entries no draw satisfies stay null. Returns the last variant drawn.
     */
    private List<String[]> settle(long seed, long chunk, long variant, String[][] result, Predicate<String[]> ok) {
        int count = result.length;
        int open = (int) java.util.Arrays.stream(result).filter(java.util.Objects::isNull).count();
        List<String[]> last = null;
        for (int t = 0; t < TRIES && open > 0; t++) {
            long v = t == 0 ? variant : Seeds.derive(variant, RETRY_STREAM, t);
            last = Rows.draw(model, seed, chunk, count, v);
            for (int r = 0; r < count; r++) {
                if (result[r] == null && ok.test(last.get(r))) {
                    result[r] = last.get(r);
                    open--;
                }
            }
        }
        for (int f = 0; f < FALLBACK_CHUNKS && open > 0; f++) {
            List<String[]> pool = Rows.draw(full, seed, chunk, CHUNK_ROWS, Seeds.derive(variant, FALLBACK_STREAM, f));
            for (int r = 0; r < count; r++) {
                if (result[r] == null) {
                    result[r] = fallback(last.get(r), pool, r, ok);
                    open -= result[r] != null ? 1 : 0;
                }
            }
        }
        return last;
    }

    /** The first merge of the row with a pool row's redrawn values that {@code ok} accepts, or null. */
    private String[] fallback(String[] row, List<String[]> pool, int r, Predicate<String[]> ok) {
        for (int j = 0; j < pool.size(); j++) {
            String[] merged = Rows.take(row, pool.get((r + j) % pool.size()), fromDonor);
            if (ok.test(merged)) {
                return merged;
            }
        }
        return null;
    }

    private List<Constraint> broken(String[] row) {
        List<Constraint> out = new ArrayList<>();
        for (int k : rowWise) {
            if (!checker.holds(k, row)) {
                out.add(checker.constraints().get(k));
            }
        }
        return out;
    }

    @Override
    public OrderedPass pass(long seed, long rows) {
        UsedKeys used = new UsedKeys(checker, enforced);
        if (used.isEmpty()) {
            return null;
        }
        return (chunk, count, drawn) -> {
            List<String[]> rows0 = Rows.parse(drawn, generated.length);
            String[][] result = new String[count][];
            boolean open = false;
            for (int r = 0; r < count; r++) {
                result[r] = used.claim(rows0.get(r)) ? rows0.get(r) : null;
                open |= result[r] == null;
            }
            if (!open) {
                return drawn;
            }
            settle(seed, chunk, Seeds.derive(0, UNIQUE_STREAM, chunk), result, row -> meets(row) && used.claim(row));
            for (int r = 0; r < count; r++) {
                if (result[r] == null) {
                    throw new IllegalArgumentException("row " + (chunk * CHUNK_ROWS + r + 1) + ": every one of "
                            + TRIES + " draws of its redrawn columns, and every fallback, repeats an earlier row under "
                            + used.describe() + "; the columns have too few distinct values for the rows");
                }
            }
            return Rows.lines(java.util.Arrays.asList(result), drawn.size());
        };
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.io.ByteOut;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.OrderedPass;
import io.semblance.core.synth.Seeds;
import java.util.ArrayList;
import java.util.List;

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
 * keeps the file independent of the thread count); a row whose key an earlier row took is redrawn in further variants
 * of the chunk, up to {@link #TRIES}, keeping the first with a free key, else synthesis stops naming the row.
 */
final class PartialRows implements FittedModel {
    private static final long RETRY_STREAM = 0x9A31;
    private static final long FALLBACK_STREAM = 0x9A32;
    private static final long UNIQUE_STREAM = 0x9A33;
    static final int TRIES = 100;
    static final int FALLBACK_CHUNKS = 4;

    private final FittedModel partial;
    private final FittedModel full;
    /** Per column, whether a fallback takes the full-synthesis row's value: redrawn and not generated. */
    private final boolean[] fromDonor;
    private final boolean[] generated;
    private final Checker checker;
    private final int[] rowWise;
    private final int[] enforced;
    private final List<Constraint> unenforced = new ArrayList<>();

    /**
     * @param partial  the partial model, writing the checker's columns
     * @param full     the full model it draws from, for the fallback
     * @param redrawn  per column, whether the partial model redraws it (see {@link io.semblance.core.synth.PartialModel})
     */
    PartialRows(FittedModel partial, FittedModel full, boolean[] redrawn, Checker checker) {
        this.partial = partial;
        this.full = full;
        this.generated = partial.generated();
        this.fromDonor = new boolean[generated.length];
        for (int c = 0; c < generated.length; c++) {
            fromDonor[c] = redrawn[c] && !generated[c];
        }
        this.checker = checker;
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

    @Override
    public List<String> columns() {
        return partial.columns();
    }

    @Override
    public String kind() {
        return partial.kind();
    }

    @Override
    public boolean[] generated() {
        return generated.clone();
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
        List<String[]> last = null;
        int open = count;
        for (int t = 0; t < TRIES && open > 0; t++) {
            long v = t == 0 ? variant : Seeds.derive(variant, RETRY_STREAM, t);
            last = Rows.draw(partial, seed, chunk, count, v);
            for (int r = 0; r < count; r++) {
                if (result[r] == null && meets(last.get(r))) {
                    result[r] = last.get(r);
                    open--;
                }
            }
        }
        for (int f = 0; f < FALLBACK_CHUNKS && open > 0; f++) {
            List<String[]> pool = Rows.draw(full, seed, chunk, CHUNK_ROWS, Seeds.derive(variant, FALLBACK_STREAM, f));
            for (int r = 0; r < count; r++) {
                if (result[r] == null) {
                    result[r] = fallback(last.get(r), pool, r);
                    open -= result[r] != null ? 1 : 0;
                }
            }
        }
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

    /** The first merge of the row with a pool row's redrawn values that meets the constraints, or null. */
    private String[] fallback(String[] row, List<String[]> pool, int r) {
        for (int j = 0; j < pool.size(); j++) {
            String[] merged = Rows.take(row, pool.get((r + j) % pool.size()), fromDonor);
            if (meets(merged)) {
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
            List<Integer> open = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                if (!used.claim(rows0.get(r))) {
                    open.add(r);
                }
            }
            if (open.isEmpty()) {
                return drawn;
            }
            for (int k = 1; k <= TRIES && !open.isEmpty(); k++) {
                List<String[]> again = Rows.draw(this, seed, chunk, count, Seeds.derive(0, UNIQUE_STREAM, k));
                open.removeIf(r -> {
                    boolean ok = used.claim(again.get(r));
                    if (ok) {
                        rows0.set(r, again.get(r));
                    }
                    return ok;
                });
            }
            if (!open.isEmpty()) {
                throw new IllegalArgumentException("row " + (chunk * CHUNK_ROWS + open.get(0) + 1) + ": every one of "
                        + TRIES + " draws of its redrawn columns repeats an earlier row under " + used.describe()
                        + "; the columns have too few distinct values for the rows");
            }
            return Rows.lines(rows0, drawn.size());
        };
    }
}

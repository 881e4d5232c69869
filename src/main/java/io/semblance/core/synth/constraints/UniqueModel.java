// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.io.ByteOut;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.OrderedPass;
import io.semblance.core.synth.Seeds;
import java.util.HashSet;
import java.util.List;

/**
 * Full synthesis in which no two rows share a key under the {@link Constraint.Unique} constraints.
 *
 * <p>Chunks are still drawn in parallel, each from (seed, chunk) alone, by the wrapped model. Uniqueness across
 * chunks is settled by an {@link OrderedPass} on the writing thread: it visits the chunks in chunk order and checks
 * each row, in order, against the keys of every row before it. A row whose key is taken keeps its generated columns
 * and takes the drawn values of the first free candidate of refill chunks that the wrapped model draws in variants
 * (seed, chunk, k = 1, 2, ...), in order. Every choice depends only on the seed and the rows before, never on the
 * timing of the threads, so the file is the same for any number of them. Chunk c's rows therefore depend on the
 * chunks before it, which is why this is a pass and not part of {@link #writeChunk}. Partitioning the values between
 * chunks instead would have kept chunks independent but rejected most candidates. The pass holds the keys of all
 * rows written, and does sequential work only for the rows it replaces.
 *
 * <p>It fails with IllegalArgumentException up front when the unique columns are all categorical (or boolean) and
 * their values cannot make as many distinct keys as rows asked, and during the pass when
 * {@link #IDLE_REFILLS} refill chunks in a row bring no free key: the model does not supply enough distinct values.
 */
public final class UniqueModel extends CheckedModel {
    private static final long REFILL_STREAM = 0x0417;
    /** Refill chunks in a row without a free key after which the pass gives up. */
    static final int IDLE_REFILLS = 3;

    private final boolean[] drawn;
    /** Per constraint of the checker: how many distinct keys the model can draw at most (Long.MAX_VALUE: no bound). */
    private final long[] supply;

    /** @param training the table the model was fitted to, whose categories bound the keys the model can draw */
    public UniqueModel(FittedModel model, Checker checker, Metadata meta, Dataset training) {
        this(model, checker, supplies(checker, meta, training));
    }

    /**
     * @param supply per constraint of the checker, how many distinct keys the model can draw at most
     *               (Long.MAX_VALUE: no bound), as {@link #supply()} gives them
     */
    UniqueModel(FittedModel model, Checker checker, long[] supply) {
        super(model, checker);
        if (supply.length != checker.constraints().size()) {
            throw new IllegalArgumentException("a bound on the distinct keys is needed for each of the "
                    + checker.constraints().size() + " constraints, not " + supply.length);
        }
        this.drawn = Rows.not(generated);
        this.supply = supply.clone();
    }

    private static long[] supplies(Checker checker, Metadata meta, Dataset training) {
        long[] out = new long[checker.constraints().size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = supplyOf(checker.constraints().get(k), meta, training);
        }
        return out;
    }

    /** Per constraint of the checker: how many distinct keys the model can draw at most (Long.MAX_VALUE: no bound). */
    long[] supply() {
        return supply.clone();
    }

    /** The product of the real value counts when every column is categorical or boolean, else no bound. */
    private static long supplyOf(Constraint c, Metadata meta, Dataset training) {
        if (!(c instanceof Constraint.Unique)) {
            return Long.MAX_VALUE;
        }
        long product = 1;
        for (String name : c.columns()) {
            SdType t = meta.column(name).map(ColumnMeta::sdtype).orElse(SdType.UNKNOWN);
            if (t != SdType.CATEGORICAL && t != SdType.BOOLEAN) {
                return Long.MAX_VALUE;
            }
            HashSet<String> values = new HashSet<>(java.util.Arrays.asList(training.column(training.indexOf(name))));
            values.remove(null);
            if (values.size() > 0 && product > Long.MAX_VALUE / values.size()) {
                return Long.MAX_VALUE;
            }
            product *= values.size();
        }
        return product;
    }

    /** The rows as the wrapped model draws them; the {@link #pass} makes them unique. */
    @Override
    public void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
        model.writeChunk(seed, chunk, count, variant, out);
    }

    @Override
    public OrderedPass pass(long seed, long rows) {
        for (int k = 0; k < supply.length; k++) {
            if (supply[k] < rows) {
                throw new IllegalArgumentException("constraint \"" + checker.constraints().get(k).text()
                        + "\" cannot be met: its columns have only " + supply[k] + " distinct "
                        + (checker.constraints().get(k).columns().size() == 1 ? "values" : "combinations")
                        + ", fewer than the " + rows + " rows asked");
            }
        }
        UsedKeys used = UsedKeys.of(checker);
        return (chunk, count, lines) -> {
            List<String[]> rows0 = Rows.parse(lines, generated.length);
            int[] pending = new int[count];
            int open = 0;
            for (int r = 0; r < count; r++) {
                if (!used.claim(rows0.get(r))) {
                    pending[open++] = r;
                }
            }
            if (open == 0) {
                return lines;
            }
            int next = 0;
            int idle = 0;
            for (long k = 1; next < open; k++) {
                int before = next;
                for (String[] candidate : Rows.draw(model, seed, chunk, CHUNK_ROWS, Seeds.derive(0, REFILL_STREAM, k))) {
                    if (next == open) {
                        break;
                    }
                    String[] row = Rows.take(rows0.get(pending[next]), candidate, drawn);
                    if (used.claim(row)) {
                        rows0.set(pending[next++], row);
                    }
                }
                idle = next == before ? idle + 1 : 0;
                if (idle >= IDLE_REFILLS) {
                    throw new IllegalArgumentException("the constraint(s) " + used.describe() + " cannot be met: the"
                            + " model supplies too few distinct values (" + (IDLE_REFILLS * CHUNK_ROWS)
                            + " further draws brought no new one for row " + (chunk * CHUNK_ROWS + pending[next] + 1)
                            + " of " + rows + ")");
                }
            }
            return Rows.lines(rows0, lines.size());
        };
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.io.ByteOut;
import io.semblance.core.model.Dataset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * A model bound to the rows of a real table for partial synthesis: row i of every sample is real row i with some
 * columns redrawn, so a sample has exactly {@link #rows()} rows. A row's generated columns are replaced as in full
 * synthesis, its {@link #drawn} columns are written from the values the subclass draws for the chunk, and every
 * other value is copied from the real row.
 */
public abstract class PartialModel implements FittedModel {
    private static final byte COMMA = ',';

    private final FittedModel full;
    private final Dataset data;
    private final boolean[] drawn;
    private final boolean[] generated;
    private final long stream;

    /**
     * @param full   the model of full synthesis fitted to {@code data}, whose columns and generators this one shares
     * @param data   the bound table
     * @param drawn  per output column, whether it is drawn (never true for a generated column)
     * @param stream the random stream of the draws, distinct from the full model's
     */
    protected PartialModel(FittedModel full, Dataset data, boolean[] drawn, long stream) {
        this.full = full;
        this.data = data;
        this.drawn = drawn.clone();
        this.generated = full.generated();
        this.stream = stream;
    }

    /** The values drawn for the rows of one chunk. */
    protected interface Draws {
        /** Writes the value drawn for output column {@code column} of the chunk's row {@code r}. */
        void write(int column, int r, ByteOut out);
    }

    /**
     * Draws the drawn columns of the table's rows [first, first + count) from {@code rng}, given each row's real
     * values.
     */
    protected abstract Draws draw(SplittableRandom rng, int first, int count);

    /** Per output column, the generator of a generated column for a sample seed (null elsewhere). */
    protected abstract LongFunction<?>[] generators(long seed);

    @Override
    public List<String> columns() {
        return full.columns();
    }

    @Override
    public String kind() {
        return full.kind();
    }

    /** Rows of the bound table. */
    public int rows() {
        return data.rowCount();
    }

    /** Per output column, whether its value is drawn from the model given the row's kept values. A fresh array. */
    public boolean[] drawn() {
        return drawn.clone();
    }

    /** Per output column, whether its value is drawn or generated rather than copied from the real row. */
    public boolean[] redrawn() {
        boolean[] out = generated();
        for (int c = 0; c < out.length; c++) {
            out[c] |= drawn[c];
        }
        return out;
    }

    /** The model of full synthesis the partial one draws from, fitted to the same table. */
    public FittedModel full() {
        return full;
    }

    /** The generated columns of the {@link #full} model, which partial synthesis generates as it does. */
    @Override
    public boolean[] generated() {
        return full.generated();
    }

    @Override
    public final void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
        SplittableRandom rng = Seeds.stream(Seeds.variant(seed, variant), stream, chunk);
        LongFunction<?>[] gens = generators(seed);
        int first = Math.toIntExact(chunk * CHUNK_ROWS);
        Draws draws = draw(rng, first, count);
        for (int r = 0; r < count; r++) {
            int row = first + r;
            for (int c = 0; c < drawn.length; c++) {
                if (c > 0) {
                    out.write(COMMA);
                }
                if (generated[c]) {
                    out.writeField((String) gens[c].apply(row), COMMA);
                } else if (!drawn[c]) {
                    out.writeField(data.value(row, c), COMMA);
                } else {
                    draws.write(c, r, out);
                }
            }
            out.write((byte) '\n');
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.io.ByteOut;
import java.util.List;

/**
 * A synthesizer's fitted parameters, ready to draw any number of rows. Rows are produced in chunks of
 * {@link #CHUNK_ROWS}; a chunk's content depends only on (seed, chunk index), so chunks may be drawn in
 * parallel and the output is still byte-identical for the same seed. Implementations are thread-safe.
 */
public interface FittedModel {
    int CHUNK_ROWS = 4096;

    /** Output column names, in the input's order. */
    List<String> columns();

    /** Short name of the model kind, e.g. "copula". */
    String kind();

    /** Appends rows [chunk·CHUNK_ROWS, chunk·CHUNK_ROWS + count) as CSV lines (comma-delimited, LF endings). */
    default void writeChunk(long seed, long chunk, int count, ByteOut out) {
        writeChunk(seed, chunk, count, 0, out);
    }

    /**
     * As {@link #writeChunk(long, long, int, ByteOut)}, with the drawn values taken from the chunk's random stream
     * number {@code variant} (0 gives that method's rows; see {@link Seeds#variant}). The {@link #generated()}
     * columns are the same in every variant: they follow from the seed and the row's index alone. Wrappers that
     * redraw rows, such as constraints, use the other variants.
     */
    void writeChunk(long seed, long chunk, int count, long variant, ByteOut out);

    /**
     * Per output column, whether its values are generated from the seed and the row index alone (identifiers,
     * personal data) rather than drawn from the model. A fresh array.
     */
    boolean[] generated();

    /**
     * A step over the drawn chunks taken one after another, in chunk order, before they are written, for rules
     * over the whole output that no chunk can meet on its own (such as unique values); null (the default) when the
     * model has none. {@code rows} is the number of rows the sample will have.
     */
    default OrderedPass pass(long seed, long rows) {
        return null;
    }
}

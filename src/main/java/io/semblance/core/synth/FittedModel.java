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
    void writeChunk(long seed, long chunk, int count, ByteOut out);
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.io.ByteOut;

/**
 * A step of one sample run over its chunks in chunk order (see {@link FittedModel#pass}). The chunks are still drawn
 * in parallel; only this step is sequential, so the output stays the same for any number of threads: chunk c's
 * final rows depend on the seed and on the chunks before it. Not thread-safe: one pass serves one sample run.
 */
public interface OrderedPass {
    /** The rows to write for chunk {@code chunk} ({@code count} rows, as drawn by the model, in {@code drawn}). */
    ByteOut apply(long chunk, int count, ByteOut drawn);
}

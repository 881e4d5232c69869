// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

/**
 * A finite space of fake values addressed by index: different indexes in [0, size()) always render as different text,
 * whatever {@code noise} is; noise may only vary parts that do not carry the index (for example an e-mail domain).
 */
interface IndexedText {
    /** Number of addressable values, 1 to 2^62. */
    long size();

    /** Appends the value at {@code index} (0 <= index < size()) to {@code out}. */
    void render(long index, long noise, StringBuilder out);
}

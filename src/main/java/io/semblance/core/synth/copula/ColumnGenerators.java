// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.model.ColumnMeta;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Makes the values of columns that are never modelled (identifiers, keys, PII). A generator's value(row) depends
 * only on its inputs and the row, so chunks can be drawn in any order; null means a missing value.
 */
public interface ColumnGenerators {
    /** The saveable description of a column's generator: its kind and format, never a real value. */
    GeneratorSpec learn(ColumnMeta column, List<String> sample, double missingShare, long seed);

    /** A generator learned from a real sample (used within a session; it avoids emitting the sample's values). */
    LongFunction<String> fromSample(GeneratorSpec spec, List<String> sample, long sampleSeed);

    /** A generator rebuilt from a saved spec alone. */
    LongFunction<String> fromSpec(GeneratorSpec spec, long sampleSeed);
}

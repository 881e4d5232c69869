// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.model.ColumnMeta;
import java.util.List;
import java.util.function.LongFunction;

/** Makes the generator of a column that is never modelled (identifier, key, PII) and rebuilds it from its spec. */
public interface ColumnGenerators {
    /** Learns the format from a sample of real values (which it must never emit) and returns its spec. */
    GeneratorSpec learn(ColumnMeta column, List<String> sample, long seed);

    /** The generator described by a spec; value(row) depends only on the spec and the row. */
    LongFunction<String> build(GeneratorSpec spec);
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A column that is never modelled (identifier, key, PII, unknown type) and is generated instead, the same way
 * for every model: {@code bySeed.apply(sampleSeed)} gives value(row); {@code spec} describes it for saving.
 */
public record GeneratedColumn(LongFunction<LongFunction<String>> bySeed, GeneratorSpec spec) {
    private static final int GENERATOR_SAMPLE = 2000;

    /** Learns the generator of column {@code column} (its index in the table) from its real values. */
    public static GeneratedColumn learn(ColumnGenerators generators, ColumnMeta m, String[] values, long seed,
                                        int column) {
        List<String> sample = m.sdtype() == SdType.ID ? present(values) : sample(values);
        double missing = missingShare(values);
        GeneratorSpec spec = generators.learn(m, sample, missing, Seeds.mix(seed + 31L * column));
        return new GeneratedColumn(s -> generators.fromSample(spec, sample, s), spec);
    }

    /** Every non-missing value: keys are checked against all real keys so no generated key equals one. */
    private static List<String> present(String[] values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static double missingShare(String[] values) {
        int missing = 0;
        for (String v : values) {
            if (v == null) {
                missing++;
            }
        }
        return values.length == 0 ? 0 : (double) missing / values.length;
    }

    private static List<String> sample(String[] values) {
        List<String> out = new ArrayList<>();
        int step = Math.max(1, values.length / GENERATOR_SAMPLE);
        for (int i = 0; i < values.length && out.size() < GENERATOR_SAMPLE; i += step) {
            if (values[i] != null) {
                out.add(values[i]);
            }
        }
        return out;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.Seeds;
import io.semblance.core.synth.copula.ColumnGenerators;
import io.semblance.core.synth.copula.GeneratorSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Realistic fakes for identifier, key and PII columns, in the real values' format. A saved spec keeps
 * {@value #EXAMPLES} generated examples of the format (never real values), the missing share and whether values
 * must be unique.
 */
public final class FakeGenerators implements ColumnGenerators {
    static final int EXAMPLES = 200;
    private static final char SEPARATOR = '\u001F';
    private static final long EXAMPLE_SALT = 0xE8A3;
    private static final long MISSING_SALT = 0x3155;
    private final Locale locale;

    /** @param locale locale of generated names, addresses and phones for columns learned here */
    public FakeGenerators(Locale locale) {
        this.locale = locale == null ? Locale.US : locale;
    }

    @Override
    public GeneratorSpec learn(ColumnMeta column, List<String> sample, double missingShare, long seed) {
        String kind = column.piiKind() != null ? column.piiKind().name() : "ID";
        boolean unique = column.sdtype() == SdType.ID || (sample.size() >= 20 && new HashSet<>(sample).size() == sample.size());
        FakeColumn examplesGen = create(kind, sample, locale, Seeds.mix(seed ^ EXAMPLE_SALT), unique);
        StringBuilder examples = new StringBuilder();
        for (int i = 0; i < EXAMPLES && !sample.isEmpty(); i++) {
            examples.append(i > 0 ? String.valueOf(SEPARATOR) : "").append(examplesGen.value(i));
        }
        Map<String, String> format = new LinkedHashMap<>();
        format.put("examples", examples.toString());
        format.put("unique", Boolean.toString(unique));
        format.put("missing_share", Double.toString(missingShare));
        return new GeneratorSpec(kind, format, locale.toLanguageTag(), seed);
    }

    @Override
    public LongFunction<String> fromSample(GeneratorSpec spec, List<String> sample, long sampleSeed) {
        return build(spec, sample, sampleSeed);
    }

    @Override
    public LongFunction<String> fromSpec(GeneratorSpec spec, long sampleSeed) {
        String ex = spec.format().getOrDefault("examples", "");
        List<String> examples = ex.isEmpty() ? List.of() : Arrays.asList(ex.split(String.valueOf(SEPARATOR), -1));
        return build(spec, examples, sampleSeed);
    }

    private static LongFunction<String> build(GeneratorSpec spec, List<String> sample, long sampleSeed) {
        boolean unique = Boolean.parseBoolean(spec.format().getOrDefault("unique", "false"));
        double missing = Double.parseDouble(spec.format().getOrDefault("missing_share", "0"));
        long seed = Seeds.mix(spec.seed() ^ Seeds.mix(sampleSeed));
        FakeColumn gen = create(spec.kind(), sample, Locale.forLanguageTag(spec.locale()), seed, unique);
        if (missing <= 0) {
            return gen::value;
        }
        long missingSeed = Seeds.mix(seed ^ MISSING_SALT);
        return row -> (Seeds.mix(missingSeed + row) >>> 11) * 0x1.0p-53 < missing ? null : gen.value(row);
    }

    private static FakeColumn create(String kind, List<String> sample, Locale locale, long seed, boolean unique) {
        if (kind.equals("ID")) {
            return FakeColumns.id(new ArrayList<>(sample), seed);
        }
        PiiKind k;
        try {
            k = PiiKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown generated column kind \"" + kind + "\"");
        }
        return FakeColumns.pii(k, sample, locale, seed, unique);
    }
}

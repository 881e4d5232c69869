// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.model.PiiKind;
import io.semblance.core.synth.JsonFields;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The saved form of a generated (identifier or PII) column, shared by every model file: its generator's
 * {@link GeneratorSpec} (kind, learned format, locale, seed), never a real value. A column rebuilt from it draws
 * from the spec alone ({@link ColumnGenerators#fromSpec}).
 */
public final class GeneratedColumnJson {
    private GeneratedColumnJson() {
    }

    /** Writes the spec's fields into {@code o}, with type "generated". */
    public static void write(GeneratorSpec spec, ObjectNode o) {
        o.put("type", "generated").put("kind", spec.kind()).put("locale", spec.locale()).put("seed", spec.seed());
        ObjectNode f = o.putObject("format");
        spec.format().forEach(f::put);
    }

    /**
     * Rebuilds a column written by {@link #write}; throws IllegalArgumentException, saying what is wrong, for a
     * spec no generator can be built from.
     */
    public static GeneratedColumn read(JsonNode o, ColumnGenerators generators) {
        Map<String, String> f = new LinkedHashMap<>();
        JsonFields.object(o, "format").fields().forEachRemaining(e -> f.put(e.getKey(), e.getValue().asText()));
        String kind = JsonFields.text(o, "kind");
        JsonFields.check(kind.equals("ID") || Arrays.stream(PiiKind.values()).anyMatch(k -> k.name().equals(kind)),
                "unknown generated column kind \"" + kind + "\"");
        double missing;
        try {
            missing = Double.parseDouble(f.getOrDefault("missing_share", "0"));
        } catch (NumberFormatException e) {
            missing = Double.NaN;
        }
        JsonFields.check(missing >= 0 && missing <= 1, "a generated column has the missing share \""
                + f.get("missing_share") + "\", not a number from 0 to 1");
        GeneratorSpec spec = new GeneratorSpec(kind, f, JsonFields.text(o, "locale"), JsonFields.whole(o, "seed"));
        return new GeneratedColumn(s -> generators.fromSpec(spec, s), spec);
    }
}

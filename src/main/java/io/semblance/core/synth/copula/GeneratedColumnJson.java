// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** Rebuilds a column written by {@link #write}. */
    public static GeneratedColumn read(JsonNode o, ColumnGenerators generators) {
        Map<String, String> f = new LinkedHashMap<>();
        o.get("format").fields().forEachRemaining(e -> f.put(e.getKey(), e.getValue().asText()));
        GeneratorSpec spec = new GeneratorSpec(o.get("kind").asText(), f, o.get("locale").asText(),
                o.get("seed").asLong());
        return new GeneratedColumn(s -> generators.fromSpec(spec, s), spec);
    }
}

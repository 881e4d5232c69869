// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The saved form of the constraints of a model: their texts, and for each column they read its type, the datetime
 * format the metadata gave (if any) and the one its values are read in, so the texts parse and bind as they did
 * when the model was fitted, with no data at hand.
 */
public final class ConstraintsJson {
    private ConstraintsJson() {
    }

    /** The checker's constraints as JSON. */
    public static ObjectNode toJson(Constraints.Checker checker, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        Metadata meta = checker.metadata();
        ArrayNode rules = root.putArray("rules");
        meta.constraints().forEach(rules::add);
        ArrayNode cols = root.putArray("columns");
        for (ColumnMeta c : meta.columns()) {
            ObjectNode o = cols.addObject();
            o.put("name", c.name()).put("sdtype", c.sdtypeName());
            if (c.datetimeFormat() != null) {
                o.put("datetime_format", c.datetimeFormat());
            }
            String read = checker.datetimeFormats().get(c.name());
            if (read != null) {
                o.put("values_format", read);
            }
        }
        return root;
    }

    /** Constraints written by {@link #toJson}, parsed again and bound to rows with the given columns. */
    public static Constraints.Checker fromJson(JsonNode root, List<String> columns) {
        List<ColumnMeta> cols = new ArrayList<>();
        Map<String, String> formats = new LinkedHashMap<>();
        for (JsonNode o : root.get("columns")) {
            String name = o.get("name").asText();
            SdType type = SdType.valueOf(o.get("sdtype").asText().toUpperCase(Locale.ROOT));
            cols.add(ColumnMeta.of(name, type).withDatetimeFormat(o.hasNonNull("datetime_format")
                    ? o.get("datetime_format").asText() : null));
            if (o.hasNonNull("values_format")) {
                formats.put(name, o.get("values_format").asText());
            }
        }
        List<String> texts = new ArrayList<>();
        root.get("rules").forEach(t -> texts.add(t.asText()));
        Metadata meta = new Metadata(cols, null);
        return Constraints.bind(Constraints.parseAll(texts, meta), meta, columns, formats);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.JsonArrays;
import io.semblance.core.synth.JsonFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The saved form of the constraints of a full-synthesis writer ({@link ConstraintSet#full}): their texts; for each
 * column they read its type, the datetime format the metadata gave (if any) and the one its values are read in, so
 * the texts parse and bind as they did when the model was fitted, with no data at hand; and for each
 * {@link Constraint.Unique} the most distinct keys the model can draw, when its columns bound them. A writer under
 * {@link Constraint.Fixed} constraints cannot be saved: its model was fitted to joined columns, and the real
 * combinations those constraints allow are not kept in a model file.
 */
public final class ConstraintsJson {
    private ConstraintsJson() {
    }

    /**
     * The model a writer draws from, beneath its constraint wrappers (the writer itself when it has none); refuses
     * (IllegalArgumentException) a writer under fixed combinations.
     */
    public static FittedModel base(FittedModel writer) {
        FittedModel m = writer;
        while (true) {
            if (m instanceof UniqueModel u) {
                m = u.wrapped();
            } else if (m instanceof ConstrainedModel c) {
                m = c.wrapped();
            } else if (JointColumns.isSplit(m)) {
                throw new IllegalArgumentException("a model fitted under fixed(...) constraints cannot be saved: a"
                        + " model file does not keep the real combinations they allow");
            } else {
                return m;
            }
        }
    }

    /** The constraints a writer applies (none for a bare model). */
    public static List<Constraint> constraintsOf(FittedModel writer) {
        Checker c = checkerOf(writer);
        return c == null ? List.of() : c.constraints();
    }

    private static Checker checkerOf(FittedModel writer) {
        return writer instanceof UniqueModel u ? u.checker() : writer instanceof ConstrainedModel c ? c.checker() : null;
    }

    /** The writer's constraints as JSON; null when it applies none. */
    public static ObjectNode toJson(FittedModel writer, ObjectMapper mapper) {
        base(writer);
        Checker checker = checkerOf(writer);
        if (checker == null) {
            return null;
        }
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
        if (writer instanceof UniqueModel u) {
            ArrayNode distinct = root.putArray("distinct");
            for (long n : u.supply()) {
                if (n == Long.MAX_VALUE) {
                    distinct.addNull();
                } else {
                    distinct.add(n);
                }
            }
        }
        return root;
    }

    /**
     * The model writing under the constraints {@link #toJson} wrote, parsed again and bound to the model's columns:
     * rows meeting every rule, and no key of a unique constraint repeated.
     */
    public static FittedModel apply(FittedModel model, JsonNode root) {
        List<ColumnMeta> cols = new ArrayList<>();
        Map<String, String> formats = new LinkedHashMap<>();
        for (JsonNode o : JsonFields.array(root, "columns")) {
            String name = JsonFields.text(o, "name");
            String sdtype = JsonFields.text(o, "sdtype");
            SdType type = Arrays.stream(SdType.values()).filter(t -> t.name().equalsIgnoreCase(sdtype)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("column \"" + name + "\" has the unknown type \""
                            + sdtype + "\""));
            cols.add(ColumnMeta.of(name, type).withDatetimeFormat(o.hasNonNull("datetime_format")
                    ? JsonFields.text(o, "datetime_format") : null));
            if (o.hasNonNull("values_format")) {
                formats.put(name, JsonFields.text(o, "values_format"));
            }
        }
        List<String> texts = Arrays.asList(JsonArrays.texts(JsonFields.array(root, "rules"), "rules"));
        Metadata meta = new Metadata(cols, null);
        Checker checker = Constraints.bind(Constraints.parseAll(texts, meta), meta, model.columns(), formats);
        FittedModel m = model;
        if (checker.constraints().stream().anyMatch(c -> !(c instanceof Constraint.Unique))) {
            m = new ConstrainedModel(m, checker);
        }
        if (checker.hasUnique()) {
            long[] supply = new long[texts.size()];
            JsonNode distinct = root.path("distinct");
            for (int k = 0; k < supply.length; k++) {
                JsonNode n = distinct.path(k);
                supply[k] = n.isNumber() ? n.asLong() : Long.MAX_VALUE;
            }
            m = new UniqueModel(m, checker, supply);
        }
        return m;
    }
}

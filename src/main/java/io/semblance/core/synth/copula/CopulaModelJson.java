// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.synth.JsonArrays;
import java.util.ArrayList;
import java.util.List;

/** Converts a {@link CopulaModel} to and from a JSON tree: parameters only, never rows. */
public final class CopulaModelJson {
    private CopulaModelJson() {
    }

    /** The model's parameters as JSON. */
    public static ObjectNode toJson(CopulaModel m, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode cols = root.putArray("columns");
        for (int c = 0; c < m.outputs.length; c++) {
            ObjectNode o = cols.addObject();
            o.put("name", m.names.get(c));
            CopulaModel.Output out = m.outputs[c];
            if (out instanceof CopulaModel.Latent l) {
                o.put("type", "latent").put("dimension", l.index());
            } else if (out instanceof CopulaModel.Derived d) {
                o.put("type", "derived").put("source_dimension", d.source());
                ArrayNode v = o.putArray("value_by_category");
                for (String s : d.textByPosition()) {
                    v.add(s);
                }
            } else if (out instanceof CopulaModel.Generated g) {
                GeneratedColumnJson.write(g.spec(), o);
            }
        }
        ArrayNode margs = root.putArray("marginals");
        for (Marginal mg : m.latent) {
            ObjectNode o = margs.addObject();
            if (mg instanceof CategoricalMarginal cm) {
                o.put("type", "categorical");
                ArrayNode cats = o.putArray("categories");
                ArrayNode ps = o.putArray("probabilities");
                for (int i = 0; i < cm.categories.length; i++) {
                    cats.add(cm.categories[i]);
                    ps.add(cm.probabilities[i]);
                }
            } else {
                NumericMarginal nm = (NumericMarginal) mg;
                o.put("type", "numeric").put("missing_share", nm.missingShare).put("integer", nm.integer)
                        .put("decimals", nm.scale);
                if (nm.datetime != null) {
                    o.put("datetime_format", nm.datetime.strftime());
                }
                array(o.putArray("cumulative"), nm.cum);
                array(o.putArray("from"), nm.x0);
                array(o.putArray("to"), nm.x1);
            }
        }
        ArrayNode corr = root.putArray("correlation");
        for (double[] row : m.correlation) {
            array(corr.addArray(), row);
        }
        return root;
    }

    private static void array(ArrayNode a, double[] v) {
        for (double d : v) {
            a.add(d);
        }
    }

    /** Rebuilds a model from {@link #toJson} output; generated columns are rebuilt by {@code generators}. */
    public static CopulaModel fromJson(JsonNode root, ColumnGenerators generators) {
        List<Marginal> margs = new ArrayList<>();
        for (JsonNode o : root.get("marginals")) {
            if (o.get("type").asText().equals("categorical")) {
                margs.add(new CategoricalMarginal(JsonArrays.texts(o.get("categories")),
                        JsonArrays.doubles(o.get("probabilities"))));
            } else {
                DatetimeFormat dt = o.hasNonNull("datetime_format")
                        ? DatetimeFormat.ofStrftime(o.get("datetime_format").asText()) : null;
                margs.add(new NumericMarginal(o.get("missing_share").asDouble(), JsonArrays.doubles(o.get("cumulative")),
                        JsonArrays.doubles(o.get("from")), JsonArrays.doubles(o.get("to")), o.get("integer").asBoolean(),
                        o.get("decimals").asInt(), dt));
            }
        }
        List<String> names = new ArrayList<>();
        List<CopulaModel.Output> outs = new ArrayList<>();
        for (JsonNode o : root.get("columns")) {
            names.add(o.get("name").asText());
            switch (o.get("type").asText()) {
                case "latent" -> outs.add(new CopulaModel.Latent(o.get("dimension").asInt()));
                case "derived" -> outs.add(new CopulaModel.Derived(o.get("source_dimension").asInt(),
                        JsonArrays.texts(o.get("value_by_category"))));
                case "generated" -> {
                    GeneratedColumn g = GeneratedColumnJson.read(o, generators);
                    outs.add(new CopulaModel.Generated(g.bySeed(), g.spec()));
                }
                default -> throw new IllegalArgumentException("unknown column type " + o.get("type"));
            }
        }
        JsonNode c = root.get("correlation");
        double[][] corr = new double[c.size()][];
        for (int i = 0; i < corr.length; i++) {
            corr[i] = JsonArrays.doubles(c.get(i));
        }
        return new CopulaModel(names, outs.toArray(new CopulaModel.Output[0]), margs.toArray(new Marginal[0]), corr);
    }
}

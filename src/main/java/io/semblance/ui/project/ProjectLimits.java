// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.evaluate.Threshold;
import io.semblance.core.evaluate.Thresholds;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code "limits"} of a project file: the steward's verdict limits that differ from the defaults, by metric key,
 * each as {@code {"green": 0.1, "red": 0.3, "higherIsBetter": false}}. A project without them has the defaults.
 */
final class ProjectLimits {
    /** The field of the project that holds them. */
    static final String FIELD = "limits";

    private ProjectLimits() {
    }

    /** The limits that differ from the defaults, in key order; an empty object when none does. */
    static ObjectNode write(Thresholds limits) {
        Map<String, Threshold> defaults = Thresholds.defaults().asMap();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        limits.asMap().forEach((key, t) -> {
            if (!t.equals(defaults.get(key))) {
                ObjectNode one = out.putObject(key);
                one.put("green", t.green());
                one.put("red", t.red());
                one.put("higherIsBetter", t.higherIsBetter());
            }
        });
        return out;
    }

    /**
     * The defaults with the limits of {@code node} (the project's field, or null when it has none) in their place;
     * throws IllegalArgumentException with one plain sentence when an entry is not a limit of a known metric.
     */
    static Thresholds read(JsonNode node) {
        Thresholds out = Thresholds.defaults();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("the \"" + FIELD + "\" of the project must name metrics and their"
                    + " limits, not " + node.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        Map<String, Threshold> defaults = out.asMap();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Threshold standard = defaults.get(e.getKey());
            if (standard == null) {
                throw new IllegalArgumentException("the \"" + FIELD + "\" of the project names \"" + e.getKey()
                        + "\", which is not a metric with a verdict");
            }
            out = out.with(e.getKey(), limit(e.getKey(), e.getValue(), standard));
        }
        return out;
    }

    private static Threshold limit(String key, JsonNode n, Threshold standard) {
        String what = "the limit of \"" + key + "\" in the project";
        if (!n.isObject() || !n.path("green").isNumber() || !n.path("red").isNumber()
                || !n.path("higherIsBetter").isBoolean()) {
            throw new IllegalArgumentException(what + " needs numbers \"green\" and \"red\" and true or false for"
                    + " \"higherIsBetter\"");
        }
        Threshold t = new Threshold(n.get("green").asDouble(), n.get("red").asDouble(),
                n.get("higherIsBetter").asBoolean());
        if (!Double.isFinite(t.green()) || !Double.isFinite(t.red()) || t.green() < 0 || t.red() < 0) {
            throw new IllegalArgumentException(what + " must be 0 or more, got green " + t.green() + " and red "
                    + t.red());
        }
        if (t.higherIsBetter() != standard.higherIsBetter()) {
            throw new IllegalArgumentException(what + " says " + (t.higherIsBetter() ? "higher" : "lower")
                    + " is better, but " + (standard.higherIsBetter() ? "higher" : "lower") + " is better for it");
        }
        if (t.higherIsBetter() ? t.red() > t.green() : t.red() < t.green()) {
            throw new IllegalArgumentException(what + " turns red at " + t.red() + ", before it stops being green at "
                    + t.green());
        }
        return t;
    }
}

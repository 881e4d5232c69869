// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Constraints written as SDV writes them, {@code {"constraint_class": ..., "constraint_parameters": {...}}}, turned
 * into Semblance's constraint text: FixedCombinations and Unique ({@code column_names}), Inequality
 * ({@code low_column_name}, {@code high_column_name}, {@code strict_boundaries}), ScalarInequality
 * ({@code column_name}, {@code relation}, {@code value}), ScalarRange ({@code column_name}, {@code low_value},
 * {@code high_value}, {@code strict_boundaries}), Positive and Negative ({@code column_name},
 * {@code strict_boundaries}).
 */
final class SdvConstraints {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");

    private SdvConstraints() {
    }

    /** The constraint texts one SDV constraint object stands for; IllegalArgumentException when it is not one. */
    static List<String> texts(JsonNode c) {
        String kind = c.path("constraint_class").asText("");
        JsonNode p = c.path("constraint_parameters");
        boolean strict = p.path("strict_boundaries").asBoolean(false);
        List<String> out = new ArrayList<>();
        switch (kind) {
            case "FixedCombinations", "Unique" -> {
                List<String> names = new ArrayList<>();
                for (JsonNode n : required(kind, p, "column_names")) {
                    names.add(name(n.asText()));
                }
                out.add((kind.equals("Unique") ? "unique(" : "fixed(") + String.join(", ", names) + ")");
            }
            case "Inequality" -> out.add(name(text(kind, p, "high_column_name")) + (strict ? " > " : " >= ")
                    + name(text(kind, p, "low_column_name")));
            case "ScalarInequality" -> out.add(name(text(kind, p, "column_name")) + " "
                    + text(kind, p, "relation") + " " + text(kind, p, "value"));
            case "ScalarRange" -> {
                String col = name(text(kind, p, "column_name"));
                String lo = text(kind, p, "low_value");
                String hi = text(kind, p, "high_value");
                if (strict) {
                    out.add(col + " > " + lo);
                    out.add(col + " < " + hi);
                } else {
                    out.add(col + " in " + lo + ".." + hi);
                }
            }
            case "Positive", "Negative" -> out.add(name(text(kind, p, "column_name"))
                    + (kind.equals("Positive") ? (strict ? " > 0" : " >= 0") : (strict ? " < 0" : " <= 0")));
            default -> throw new IllegalArgumentException("metadata \"constraints\": unsupported constraint_class \""
                    + kind + "\" (supported: FixedCombinations, Unique, Inequality, ScalarInequality, ScalarRange,"
                    + " Positive, Negative)");
        }
        return out;
    }

    private static JsonNode required(String kind, JsonNode p, String key) {
        JsonNode v = p.get(key);
        if (v == null || v.isNull() || (v.isContainerNode() && !v.isArray()) || (v.isArray() && v.isEmpty())) {
            throw new IllegalArgumentException("metadata \"constraints\": " + kind + " needs constraint_parameters."
                    + key);
        }
        return v;
    }

    private static String text(String kind, JsonNode p, String key) {
        JsonNode v = required(kind, p, key);
        if (v.isArray()) {
            throw new IllegalArgumentException("metadata \"constraints\": " + kind + " constraint_parameters." + key
                    + " must be a single value");
        }
        return v.asText();
    }

    /** The column name, double-quoted unless it is plain letters, digits, '_', '.' and '-'. */
    private static String name(String n) {
        return PLAIN.matcher(n).matches() ? n : "\"" + n + "\"";
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of a model file's JSON: a field that is missing, or of the wrong kind, is refused with an
 * IllegalArgumentException naming it, so a damaged file is explained instead of failing somewhere inside.
 */
public final class JsonFields {
    private JsonFields() {
    }

    /** Field {@code name} of object {@code o}, of any kind but null. */
    public static JsonNode field(JsonNode o, String name) {
        JsonNode v = o == null || !o.isObject() ? null : o.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("the field \"" + name + "\" is missing");
        }
        return v;
    }

    /** Field {@code name}, a list. */
    public static JsonNode array(JsonNode o, String name) {
        return expect(field(o, name), JsonNode::isArray, name, "a list");
    }

    /** Field {@code name}, an object. */
    public static JsonNode object(JsonNode o, String name) {
        return expect(field(o, name), JsonNode::isObject, name, "an object");
    }

    /** Field {@code name}, a text (or a number or true/false, read as text). */
    public static String text(JsonNode o, String name) {
        return expect(field(o, name), JsonNode::isValueNode, name, "a text").asText();
    }

    /** Field {@code name}, a whole number that fits an int. */
    public static int integer(JsonNode o, String name) {
        return expect(field(o, name), v -> v.isIntegralNumber() && v.canConvertToInt(), name, "a whole number")
                .intValue();
    }

    /** Field {@code name}, a whole number that fits a long. */
    public static long whole(JsonNode o, String name) {
        return expect(field(o, name), v -> v.isIntegralNumber() && v.canConvertToLong(), name, "a whole number")
                .longValue();
    }

    /** Field {@code name}, a finite number. */
    public static double number(JsonNode o, String name) {
        return expect(field(o, name), v -> v.isNumber() && Double.isFinite(v.doubleValue()), name, "a number")
                .doubleValue();
    }

    /** Field {@code name}, true or false. */
    public static boolean bool(JsonNode o, String name) {
        return expect(field(o, name), JsonNode::isBoolean, name, "true or false").booleanValue();
    }

    /** Throws IllegalArgumentException with {@code message} unless {@code ok}. */
    public static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static JsonNode expect(JsonNode v, java.util.function.Predicate<JsonNode> ok, String name, String kind) {
        check(ok.test(v), "the field \"" + name + "\" is not " + kind);
        return v;
    }
}

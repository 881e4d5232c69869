// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the JSON lists of a model file back into Java arrays; a list that is missing, or holds a value of the wrong
 * kind, is refused with an IllegalArgumentException naming it ({@code what}).
 */
public final class JsonArrays {
    private JsonArrays() {
    }

    /** The finite numbers of list {@code a}. */
    public static double[] doubles(JsonNode a, String what) {
        double[] v = new double[list(a, what).size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = a.get(i);
            JsonFields.check(x.isNumber() && Double.isFinite(x.doubleValue()), "\"" + what + "\" holds a value that is not a number");
            v[i] = x.doubleValue();
        }
        return v;
    }

    /** The whole numbers of list {@code a}. */
    public static int[] ints(JsonNode a, String what) {
        int[] v = new int[list(a, what).size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = a.get(i);
            JsonFields.check(x.isIntegralNumber() && x.canConvertToInt(), "\"" + what + "\" holds a value that is not a whole number");
            v[i] = x.intValue();
        }
        return v;
    }

    /** The texts of list {@code a}, with null where it holds null. */
    public static String[] texts(JsonNode a, String what) {
        String[] v = new String[list(a, what).size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = a.get(i);
            JsonFields.check(x.isValueNode(), "\"" + what + "\" holds a value that is not a text");
            v[i] = x.isNull() ? null : x.asText();
        }
        return v;
    }

    private static JsonNode list(JsonNode a, String what) {
        JsonFields.check(a != null && a.isArray(), "\"" + what + "\" is missing or not a list");
        return a;
    }
}

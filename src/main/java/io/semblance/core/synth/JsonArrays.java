// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the JSON arrays of a model file back into Java arrays. */
public final class JsonArrays {
    private JsonArrays() {
    }

    /** The numbers of array {@code a}. */
    public static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }

    /** The whole numbers of array {@code a}. */
    public static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asInt();
        }
        return v;
    }

    /** The texts of array {@code a}, with null where it holds null. */
    public static String[] texts(JsonNode a) {
        String[] v = new String[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).isNull() ? null : a.get(i).asText();
        }
        return v;
    }
}

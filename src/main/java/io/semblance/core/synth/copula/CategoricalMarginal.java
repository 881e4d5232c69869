// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.io.ByteOut;
import io.semblance.core.io.CsvText;

/**
 * A categorical (or boolean) marginal: categories in a chosen order, each owning an interval of (0,1) as
 * wide as its real share. Missing is a category of its own (null).
 */
final class CategoricalMarginal implements Marginal {
    final String[] categories;
    final double[] probabilities;
    private final double[] cum;
    private final Cumulative search;
    private byte[][] encoded;

    CategoricalMarginal(String[] categories, double[] probabilities) {
        this.categories = categories;
        this.probabilities = probabilities;
        this.cum = new double[categories.length];
        double p = 0;
        for (int i = 0; i < categories.length; i++) {
            cum[i] = p;
            p += probabilities[i];
        }
        this.search = new Cumulative(cum);
    }

    /** Prepares the categories' CSV bytes for a delimiter; call before {@link #write}. */
    void encodeFor(byte delimiter) {
        encoded = new byte[categories.length][];
        for (int i = 0; i < categories.length; i++) {
            encoded[i] = CsvText.field(categories[i], delimiter);
        }
    }

    @Override
    public double code(double u) {
        return search.floor(u);
    }

    @Override
    public void write(double code, ByteOut out) {
        out.write(encoded[(int) code]);
    }

    /** The category text for a code (null = missing). */
    String category(double code) {
        return categories[(int) code];
    }

    /** The interval of (0,1) owned by a category (null = missing), or null if the category is unknown. */
    double[] interval(String text) {
        for (int i = 0; i < categories.length; i++) {
            if (java.util.Objects.equals(categories[i], text)) {
                return new double[]{cum[i], cum[i] + probabilities[i]};
            }
        }
        return null;
    }
}

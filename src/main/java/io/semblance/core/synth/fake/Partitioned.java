// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

/**
 * Chooses, per row, one of several columns by a seeded weighted draw (for example IBANs of several countries, or IPv4
 * and IPv6). If each part never repeats across rows and no two parts can produce the same text, neither does this.
 */
final class Partitioned implements FakeColumn {
    private final FakeColumn[] parts;
    private final double[] cumulative;
    private final long seed;

    /** @param weights non-negative, not all zero; one per part */
    Partitioned(FakeColumn[] parts, double[] weights, long seed) {
        this.parts = parts;
        this.seed = seed;
        this.cumulative = new double[parts.length];
        double sum = 0;
        for (int i = 0; i < parts.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < parts.length; i++) {
            cumulative[i] /= sum;
        }
    }

    @Override
    public String value(long row) {
        if (parts.length == 1) {
            return parts[0].value(row);
        }
        double u = Mix.unit(Mix.hash(seed ^ 0x7061727473L, row));
        for (int i = 0; i < parts.length; i++) {
            if (u < cumulative[i]) {
                return parts[i].value(row);
            }
        }
        return parts[parts.length - 1].value(row);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns one or more value spaces ("tiers") into a column. Unique mode walks the tiers in order, giving each row its own
 * slot of a tier and, through a seeded {@link Bijection}, its own index; when a value would equal a real one it moves
 * to a reserved stand-in index (slot s and level k use index k * slots + s). A row whose every stand-in is a real
 * value spills to the next tier, into the slot of the same number: each tier after the first reserves its first
 * slots for the spills of the tier before, so slots, and therefore values, are never shared. Other mode draws
 * indexes by hashing.
 */
final class Drawer implements FakeColumn {
    /** Stand-in indexes reserved per row when real values must be avoided. */
    static final int LEVELS = 4;
    private static final int MAX_DRAWS = 64;

    private final IndexedText[] tiers;
    private final Bijection[] perms;
    /** Per tier: its slots; the first {@link #reserved} of them take the spills of the tier before. */
    private final long[] caps;
    private final long[] reserved;
    private final long[] starts;
    private final int[] levels;
    private final double[] cumulative;
    private final long seed;
    private final boolean unique;
    private final Set<String> forbidden;
    private final UnaryOperator<String> key;

    /**
     * @param weights   chance of each tier when not unique (null = first tier only)
     * @param forbidden keys of real values that must never be produced (empty = no check)
     * @param key       maps a produced value to the form compared with {@code forbidden}
     */
    Drawer(IndexedText[] tiers, double[] weights, long seed, boolean unique, Set<String> forbidden,
           UnaryOperator<String> key) {
        this.tiers = tiers;
        this.seed = seed;
        this.unique = unique;
        this.forbidden = forbidden;
        this.key = key;
        int n = tiers.length;
        perms = new Bijection[n];
        caps = new long[n];
        reserved = new long[n];
        starts = new long[n];
        levels = new int[n];
        long start = 0;
        for (int t = 0; t < n; t++) {
            long size = Math.min(tiers[t].size(), Bijection.MAX_SIZE);
            perms[t] = new Bijection(size, Mix.hash(seed, 1000 + t));
            levels[t] = forbidden.isEmpty() ? 1 : (int) Math.min(LEVELS, size);
            caps[t] = size / levels[t];
            reserved[t] = t == 0 || forbidden.isEmpty() ? 0 : Math.min(caps[t - 1], caps[t]);
            starts[t] = start;
            long own = caps[t] - reserved[t];
            start = start + own < 0 ? Long.MAX_VALUE : start + own;
        }
        cumulative = new double[n];
        double sum = 0;
        for (int t = 0; t < n; t++) {
            sum += weights == null ? (t == 0 ? 1 : 0) : weights[t];
            cumulative[t] = sum;
        }
        for (int t = 0; t < n; t++) {
            cumulative[t] /= sum;
        }
    }

    /** A column that never repeats a value among rows 0..capacity()-1 in unique mode. */
    static Drawer of(IndexedText tier, long seed, boolean unique, Set<String> forbidden, UnaryOperator<String> key) {
        return new Drawer(new IndexedText[] {tier}, null, seed, unique, forbidden, key);
    }

    /** Rows that get guaranteed-distinct values in unique mode. */
    long capacity() {
        int last = tiers.length - 1;
        long end = starts[last] + caps[last] - reserved[last];
        return end < 0 ? Long.MAX_VALUE : end;
    }

    @Override
    public String value(long row) {
        long noise = Mix.hash(seed ^ 0x6E6F697365L, row);
        if (unique) {
            for (int t = 0; t < tiers.length; t++) {
                if (row >= starts[t] && row - starts[t] < caps[t] - reserved[t]) {
                    String s = spilling(t, reserved[t] + row - starts[t], noise);
                    if (s != null) {
                        return s;
                    }
                    break;
                }
            }
        }
        String s = null;
        for (int a = 0; a < MAX_DRAWS; a++) {
            long h = Mix.hash(seed, row, a);
            int t = pick(Mix.unit(h));
            s = render(t, Mix.below(Mix.mix64(h), Math.min(tiers[t].size(), Bijection.MAX_SIZE)), noise);
            if (allowed(s)) {
                return s;
            }
        }
        return s;
    }

    /**
     * The first allowed value of slot {@code slot} of tier {@code t}, or of the same slot of the tiers after it (each
     * reserves the slots of the one before); null when every one is a real value or the slot is not reserved.
     */
    private String spilling(int t, long slot, long noise) {
        for (int u = t; u < tiers.length && slot < caps[u] && (u == t || slot < reserved[u]); u++) {
            for (int k = 0; k < levels[u]; k++) {
                String s = render(u, perms[u].apply(k * caps[u] + slot), noise);
                if (allowed(s)) {
                    return s;
                }
            }
        }
        return null;
    }

    private int pick(double u) {
        for (int t = 0; t < cumulative.length; t++) {
            if (u < cumulative[t]) {
                return t;
            }
        }
        return cumulative.length - 1;
    }

    private String render(int tier, long index, long noise) {
        StringBuilder sb = new StringBuilder(24);
        tiers[tier].render(index, noise, sb);
        return sb.toString();
    }

    private boolean allowed(String s) {
        return forbidden.isEmpty() || !forbidden.contains(key.apply(s));
    }
}

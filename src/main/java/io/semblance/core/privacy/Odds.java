// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

/**
 * Taking chance out of a share measured between tables of different sizes. When every candidate row is as likely as
 * any other to be the closest, the odds that the closest lies in a table grow in proportion to its size, so a share
 * measured with one table is set beside one measured with another by scaling its odds by the ratio of their sizes.
 */
final class Odds {
    private Odds() {
    }

    /** The share whose odds are those of {@code share} (in [0, 1]) times {@code factor} (&gt; 0); NaN stays NaN. */
    static double scale(double share, double factor) {
        double up = share * factor;
        return share >= 1 ? 1 : up / (up + (1 - share));
    }
}

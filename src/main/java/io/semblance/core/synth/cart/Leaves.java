// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import java.util.SplittableRandom;

/** What the leaves of one column's tree keep from the real rows that fell in them, and how a value is drawn. */
interface Leaves {
    /** A value drawn for a row that reached {@code leaf}: a number (NaN = missing) or a category code (-1 = missing). */
    double draw(int leaf, SplittableRandom rng);

    /** Number of leaves. */
    int leaves();
}

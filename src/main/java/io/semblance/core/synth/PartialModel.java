// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

/**
 * A model bound to the rows of a real table for partial synthesis: row i of every sample is real row i with some
 * columns redrawn, so a sample has exactly {@link #rows()} rows.
 */
public interface PartialModel extends FittedModel {
    /** Rows of the bound table. */
    int rows();

    /** Per output column, whether its value is drawn from the model given the row's kept values. A fresh array. */
    boolean[] drawn();

    /** Per output column, whether its value is drawn or generated rather than copied from the real row. */
    default boolean[] redrawn() {
        boolean[] out = generated();
        boolean[] drawn = drawn();
        for (int c = 0; c < out.length; c++) {
            out[c] |= drawn[c];
        }
        return out;
    }

    /** The model of full synthesis the partial one draws from, fitted to the same table. */
    FittedModel full();

    /** The generated columns of the {@link #full} model, which partial synthesis generates as it does. */
    @Override
    default boolean[] generated() {
        return full().generated();
    }
}

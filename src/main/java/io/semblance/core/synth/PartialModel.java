// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

/**
 * A model bound to the rows of a real table for partial synthesis: row i of every sample is real row i with some
 * columns redrawn, so a sample has exactly {@link #rows()} rows.
 */
public interface PartialModel extends FittedModel {
    /** Rows of the bound table. */
    int rows();

    /** Per output column, whether its value is drawn or generated rather than copied from the real row. */
    boolean[] redrawn();

    /** The model of full synthesis the partial one draws from, fitted to the same table. */
    FittedModel full();
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.io.ByteOut;

/** The distribution of one modelled column: maps a uniform draw to a value and writes it as text. */
interface Marginal {
    /** The value code for u in (0,1): a number, a category index, or NaN for missing. */
    double code(double u);

    /** Appends the text of a code (NaN writes nothing: an empty field). */
    void write(double code, ByteOut out);
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.ui.common.Messages;
import java.nio.file.Path;

/**
 * What the user asked for: how many rows, which seed, where to write them.
 *
 * @param rows    number of rows to write, at least 1
 * @param seed    the seed; the same data, roles and seed give the same file
 * @param out     the CSV file to write
 * @param replace true only when the user confirmed replacing an existing file
 */
public record SynthesisRequest(long rows, long seed, Path out, boolean replace) {

    /** Reads the dialog's fields; throws IllegalArgumentException with a one-line message when one is wrong. */
    public static SynthesisRequest parse(String rows, String seed, Path out, boolean replace) {
        long n;
        try {
            n = Long.parseLong(rows.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("synth.error.rows", rows.strip()));
        }
        if (n < 1) {
            throw new IllegalArgumentException(Messages.get("synth.error.rows", rows.strip()));
        }
        long s;
        try {
            s = Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("synth.error.seed", seed.strip()));
        }
        if (out == null) {
            throw new IllegalArgumentException(Messages.get("synth.error.out"));
        }
        return new SynthesisRequest(n, s, out, replace);
    }
}

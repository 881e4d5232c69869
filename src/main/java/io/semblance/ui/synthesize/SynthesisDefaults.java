// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import java.nio.file.Path;

/**
 * What the synthesis dialog offers before the user changes anything.
 *
 * @param rows       rows in the input table
 * @param seed       a fresh random seed, shown so the run can be repeated
 * @param folder     where to start looking for the output file (may be null)
 * @param fileName   a suggested output file name
 */
public record SynthesisDefaults(long rows, long seed, Path folder, String fileName) {
}

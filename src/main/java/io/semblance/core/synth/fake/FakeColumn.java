// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

/** Generates one column of fake values; value(row) is a pure function of (seed, row), so chunks can be generated in any order or thread and the output is reproducible. */
@FunctionalInterface
public interface FakeColumn {
    /** The value for {@code row} (row >= 0), never null. */
    String value(long row);
}

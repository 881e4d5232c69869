// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableFormat;
import java.util.List;

/**
 * What the Data step says about the open table; every number comes from the engine.
 *
 * @param name         the file's name, e.g. {@code adult.csv}
 * @param format       the delimiter, encoding, header and sheet the reader used
 * @param options      the options the table was read with (what "reopen with options" starts from)
 * @param rows         data rows
 * @param columns      columns
 * @param missingShare share of all cells that are missing, in [0,1]
 * @param sha256       lower-case hex SHA-256 of the file's bytes
 * @param warnings     what the reader changed or noticed, one sentence each
 * @param sample       whether the table is one of the bundled samples
 */
public record TableSummary(String name, TableFormat format, ReadOptions options, int rows, int columns,
                           double missingShare, String sha256, List<String> warnings, boolean sample) {
    public TableSummary {
        warnings = List.copyOf(warnings);
    }
}

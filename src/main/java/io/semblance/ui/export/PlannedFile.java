// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import java.nio.file.Path;

/**
 * One file an export will write.
 *
 * @param kind   what it holds
 * @param path   where it goes
 * @param exists whether a file is already there (the steward is asked before it is replaced)
 */
public record PlannedFile(ExportKind kind, Path path, boolean exists) {
}

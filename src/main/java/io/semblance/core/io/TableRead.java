// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.model.Dataset;

/**
 * A table as read, with the settings the reader used.
 *
 * @param data     the rows read: all of them, or the first ones when the read was limited
 * @param format   the delimiter, encoding, header and sheet used, detected or given
 * @param complete false when the file holds rows beyond {@code data} that a limited read left out
 */
public record TableRead(Dataset data, TableFormat format, boolean complete) {
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.PiiFinding;

/**
 * What profiling found for one column.
 *
 * @param meta          detected metadata (sdtype, format, suggested role)
 * @param missing       number of missing values
 * @param distinct      number of distinct non-missing values
 * @param typeReason    one sentence explaining the sdtype
 * @param pii           PII evidence, or null when none was found
 * @param roleReason    one sentence explaining the suggested role
 */
public record ColumnProfile(ColumnMeta meta, int missing, int distinct, String typeReason, PiiFinding pii,
                            String roleReason) {
}

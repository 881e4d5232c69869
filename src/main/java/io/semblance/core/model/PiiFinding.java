// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

/**
 * Evidence that a column holds personal information.
 *
 * @param kind       what kind of PII
 * @param confidence in [0,1]: share of checked values that fit, raised or lowered by the column name
 * @param reason     one plain sentence a steward can read, e.g. "97% of values are e-mail addresses; name 'email'"
 */
public record PiiFinding(PiiKind kind, double confidence, String reason) {
}

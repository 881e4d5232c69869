// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

/**
 * The steward's answer to the red-verdict question.
 *
 * @param ticked whether the "I take responsibility" box was ticked
 * @param reason the reason typed, possibly blank
 */
public record Acknowledged(boolean ticked, String reason) {
    /** Whether the answer allows the export: ticked, with a reason. */
    public boolean given() {
        return ticked && reason != null && !reason.isBlank();
    }
}

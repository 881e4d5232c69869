// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A steward's statement that synthetic data is released although some verdicts are red: who, when, why, and which
 * verdicts. The HTML and JSON reports show it before anything else.
 *
 * @param by       who acknowledged (an account or person name); not blank
 * @param at       when
 * @param reason   why the release is defensible, in the steward's words; not blank
 * @param verdicts the red verdicts acknowledged; at least one, each red
 */
public record Acknowledgement(String by, Instant at, String reason, List<MetricResult> verdicts) {
    public Acknowledgement {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement needs the name of who gives it");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement of red verdicts needs a reason");
        }
        Objects.requireNonNull(at, "at");
        verdicts = List.copyOf(verdicts);
        if (verdicts.isEmpty() || verdicts.stream().anyMatch(v -> v.level() != Level.RED)) {
            throw new IllegalArgumentException("an acknowledgement covers one or more red verdicts, and only red ones");
        }
        by = by.strip();
        reason = reason.strip();
    }
}

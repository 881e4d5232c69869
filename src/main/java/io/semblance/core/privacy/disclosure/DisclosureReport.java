// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

import io.semblance.core.evaluate.MetricResult;
import java.util.List;

/**
 * Quasi-identifier disclosure of a synthetic table against the real (training) table it was made from.
 *
 * @param quasiIdentifiers      the quasi-identifier columns used
 * @param sensitive             the sensitive columns used
 * @param cap                   correct attribution probability and DisclosureProtection
 * @param uniques               replicated uniques (repU) beside uniques in the original (UiO)
 * @param disco                 DiSCO beside Dorig
 * @param released              prosecutor risk of the released (synthetic) table
 * @param real                  prosecutor risk of the real table, for reference
 * @param capResult             verdict on the CAP score ({@code cap})
 * @param protectionResult      verdict on DisclosureProtection ({@code disclosure_protection})
 * @param replicatedUniquesResult verdict on repU in percent ({@code replicated_uniques})
 * @param discoResult           verdict on DiSCO in percent ({@code disco})
 * @param recordsAtRiskResult   verdict on the released table's records at risk ({@code records_at_risk})
 * @param highestRiskResult     verdict on the released table's highest risk ({@code highest_risk})
 */
public record DisclosureReport(List<String> quasiIdentifiers, List<String> sensitive, CapRisk cap,
                               ReplicatedUniques uniques, Disco disco, ProsecutorRisk released, ProsecutorRisk real,
                               MetricResult capResult, MetricResult protectionResult,
                               MetricResult replicatedUniquesResult, MetricResult discoResult,
                               MetricResult recordsAtRiskResult, MetricResult highestRiskResult) {

    public DisclosureReport {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        sensitive = List.copyOf(sensitive);
    }

    /** The six verdicts in report order: CAP, DisclosureProtection, repU, DiSCO, records at risk, highest risk. */
    public List<MetricResult> results() {
        return List.of(capResult, protectionResult, replicatedUniquesResult, discoResult, recordsAtRiskResult,
                highestRiskResult);
    }
}

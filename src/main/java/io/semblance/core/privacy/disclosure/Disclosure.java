// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quasi-identifier disclosure of a synthetic table: CAP and DisclosureProtection (SDMetrics), replicated uniques
 * and DiSCO (synthpop), and the prosecutor re-identification risk of the released table (ARX). Every metric is
 * one pass over hashed tuple keys, O(rows).
 */
public final class Disclosure {
    /** ARX's default threshold for the risk of a single record. */
    public static final double DEFAULT_TAU = 0.2;

    /**
     * How the sentences name the rows judged: {@code data} as a subject ("the synthetic data"), {@code rows} as a
     * plural noun ("released rows"), and {@code empty} the sentence for when there are none.
     */
    public record Released(String data, String rows, String empty) {
        /** The whole synthetic table. */
        public static final Released SYNTHETIC = new Released("the synthetic data", "released rows",
                "The released table has no rows.");
    }

    private Disclosure() {
    }

    /** As {@link #evaluate(EncodedTable, EncodedTable, List, List, double, Thresholds, Released, ProgressListener,
     * Cancellation)} with the sentences speaking of the synthetic data. */
    public static DisclosureReport evaluate(EncodedTable train, EncodedTable synthetic, List<String> qi,
                                            List<String> sensitive, double tau, Thresholds thresholds,
                                            ProgressListener progress, Cancellation cancel) {
        return evaluate(train, synthetic, qi, sensitive, tau, thresholds, Released.SYNTHETIC, progress, cancel);
    }

    /**
     * Measures disclosure of {@code train} (the real rows the synthesizer saw) through {@code synthetic}, both
     * encoded by one TableEncoder; {@code tau} in (0,1]. Empty {@code qi}: every metric NaN; empty
     * {@code sensitive}: CAP, DisclosureProtection and DiSCO NaN. Unknown column names, a column in both lists or
     * tables from different encoders throw IllegalArgumentException. Throws CancelledException when cancelled.
     * {@code judged} names the rows judged in the sentences.
     */
    public static DisclosureReport evaluate(EncodedTable train, EncodedTable synthetic, List<String> qi,
                                            List<String> sensitive, double tau, Thresholds thresholds,
                                            Released judged, ProgressListener progress, Cancellation cancel) {
        check(train, synthetic, qi, sensitive, tau);
        Sentences say = new Sentences(qi, sensitive, judged);
        int n = train.rows();
        if (qi.isEmpty()) {
            return unavailable(qi, sensitive, n, synthetic.rows(), tau, thresholds);
        }
        progress.progress(0, "Grouping rows by quasi-identifiers");
        QiCoding qiCoding = QiCoding.of(train, qi);
        QiCoding.Keys qk = qiCoding.keys(train, synthetic);
        int[] qiReal = qk.keys()[0];
        int[] qiSyn = qk.keys()[1];
        cancel.check();
        progress.progress(0.3, "Counting unique combinations");
        ReplicatedUniques uniques = ReplicatedUniques.compute(qiReal, qiSyn, qk.distinct());
        ProsecutorRisk released = ProsecutorRisk.of(qiSyn, qk.distinct(), tau);
        ProsecutorRisk real = ProsecutorRisk.of(qiReal, qk.distinct(), tau);
        cancel.check();
        CapRisk cap;
        Disco disco;
        String capText;
        String protectionText;
        String discoText;
        if (sensitive.isEmpty()) {
            cap = CapRisk.unavailable(n);
            disco = Disco.unavailable(n);
            capText = protectionText = discoText = Sentences.NO_SA;
        } else {
            progress.progress(0.5, "Linking sensitive columns to quasi-identifiers");
            List<String> both = new ArrayList<>(qi);
            both.addAll(sensitive);
            QiCoding.Keys jk = QiCoding.of(train, both).keys(train, synthetic);
            double combinations = combinations(train, sensitive);
            cancel.check();
            progress.progress(0.8, "Scoring attribute disclosure");
            cap = CapRisk.compute(qiReal, qiSyn, qk.distinct(), jk.keys()[0], jk.keys()[1], jk.distinct(), combinations);
            disco = Disco.compute(qiReal, qiSyn, qk.distinct(), jk.keys()[0], jk.keys()[1], jk.distinct());
            capText = say.cap(cap);
            protectionText = say.protection(cap, combinations);
            discoText = say.disco(disco);
        }
        progress.progress(1, "Disclosure measured");
        return new DisclosureReport(qi, sensitive, cap, uniques, disco, released, real,
                thresholds.result("cap", "CAP score", cap.score(), capText),
                thresholds.result("disclosure_protection", "Disclosure protection", cap.protection(), protectionText),
                thresholds.result("replicated_uniques", "Replicated uniques (%)", uniques.repU(),
                        say.replicatedUniques(uniques)),
                thresholds.result("disco", "DiSCO (%)", disco.disco(), discoText),
                thresholds.result("records_at_risk", "Records at risk", released.recordsAtRisk(),
                        say.recordsAtRisk(released, real)),
                thresholds.result("highest_risk", "Highest re-identification risk", released.highestRisk(),
                        say.highestRisk(released, real)));
    }

    /** Π over the sensitive columns of their number of distinct (binned) values in the real table, missing included. */
    static double combinations(EncodedTable train, List<String> sensitive) {
        QiCoding sa = QiCoding.of(train, sensitive);
        double product = 1;
        for (int j = 0; j < sensitive.size(); j++) {
            product *= sa.distinct(train, j);
        }
        return product;
    }

    private static DisclosureReport unavailable(List<String> qi, List<String> sensitive, int n, int m, double tau,
                                                Thresholds thresholds) {
        String why = Sentences.NO_QI;
        return new DisclosureReport(qi, sensitive, CapRisk.unavailable(n), ReplicatedUniques.unavailable(n),
                Disco.unavailable(n), ProsecutorRisk.unavailable(m, tau), ProsecutorRisk.unavailable(n, tau),
                nan(thresholds, "cap", "CAP score", why),
                nan(thresholds, "disclosure_protection", "Disclosure protection", why),
                nan(thresholds, "replicated_uniques", "Replicated uniques (%)", why),
                nan(thresholds, "disco", "DiSCO (%)", why),
                nan(thresholds, "records_at_risk", "Records at risk", why),
                nan(thresholds, "highest_risk", "Highest re-identification risk", why));
    }

    private static MetricResult nan(Thresholds thresholds, String key, String label, String why) {
        return thresholds.result(key, label, Double.NaN, why);
    }

    private static void check(EncodedTable train, EncodedTable synthetic, List<String> qi, List<String> sensitive,
                              double tau) {
        if (!(tau > 0 && tau <= 1)) {
            throw new IllegalArgumentException("the risk threshold must be in (0, 1], not " + tau);
        }
        if (!train.columns().equals(synthetic.columns())) {
            throw new IllegalArgumentException("real and synthetic tables must come from the same TableEncoder");
        }
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (List<String> names : List.of(qi, sensitive)) {
            for (String name : names) {
                if (train.indexOf(name) < 0 && !unknown.contains(name)) {
                    unknown.add(name);
                } else if (!seen.add(name) && !twice.contains(name)) {
                    twice.add(name);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no evaluated column named " + String.join(", ", unknown));
        }
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException("columns listed twice (or as both quasi-identifier and sensitive): "
                    + String.join(", ", twice));
        }
    }
}

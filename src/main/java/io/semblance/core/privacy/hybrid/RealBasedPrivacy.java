// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.hybrid;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.privacy.NearestNeighbors;
import io.semblance.core.privacy.RowDistance;
import io.semblance.core.privacy.disclosure.Disclosure;
import io.semblance.core.privacy.disclosure.DisclosureReport;
import io.semblance.core.synth.hybrid.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Privacy of the rows of a hybrid table built from real records. Their non-sensitive columns are real records, so
 * distances to the real table are zero by construction and say nothing; what is measured instead is whether the
 * sensitive values attached to each record are its own ({@link SensitiveMatch}), and quasi-identifier disclosure
 * (CAP, DisclosureProtection, repU, DiSCO, prosecutor risk) with these rows alone as the released data.
 */
public final class RealBasedPrivacy {
    /** Key of the sensitive-disclosure verdict. */
    public static final String KEY = Thresholds.REAL_BASED + "sensitive_disclosure";
    private static final String PREFIX = "Real-based: ";
    private static final Disclosure.Released RELEASED = new Disclosure.Released("the real-based part",
            "rows built from real records", "No row is built from a real record.");

    private RealBasedPrivacy() {
    }

    /**
     * Evaluates the real-based rows of {@code synthetic} named by {@code provenance}. {@code real} is the real table
     * as the provenance numbers it (the table hybrid synthesis read), {@code train} the real rows used as reference
     * (marginals, disclosure), {@code holdout} real rows never used, or null; all four from one encoder. Throws
     * IllegalArgumentException with a sentence for the user when the provenance does not fit the tables: a real-based
     * row whose non-sensitive values are not its record's, no sensitive column, or no column left to look people up.
     */
    public static RealBasedReport evaluate(EncodedTable train, EncodedTable synthetic, EncodedTable holdout,
                                           EncodedTable real, Provenance provenance, List<String> qi,
                                           List<String> sensitive, double tau, Thresholds thresholds,
                                           ProgressListener progress, Cancellation cancel) {
        if (provenance.rows() != synthetic.rows()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the provenance describes %,d rows but the"
                    + " synthetic table has %,d", provenance.rows(), synthetic.rows()));
        }
        if (sensitive.isEmpty()) {
            throw new IllegalArgumentException("a hybrid table's real-based rows are judged on their sensitive values:"
                    + " mark as sensitive the columns hybrid synthesis redrew");
        }
        List<String> kept = new ArrayList<>();
        train.columns().forEach(c -> kept.add(c.name()));
        List<String> unknown = sensitive.stream().filter(s -> train.indexOf(s) < 0).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no evaluated column named " + String.join(", ", unknown));
        }
        kept.removeAll(sensitive);
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("every evaluated column is marked sensitive, but a hybrid table keeps"
                    + " at least one real column: mark only the columns hybrid synthesis redrew");
        }
        int[] outputRows = provenance.outputRows(true);
        for (int r : outputRows) {
            if (provenance.realRow(r) >= real.rows()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the provenance names real row %,d, but"
                        + " the real table has %,d rows", provenance.realRow(r) + 1, real.rows()));
            }
        }
        EncodedTable attached = synthetic.selectRows(outputRows);
        EncodedTable truth = real.selectRows(provenance.sourceRows());
        checkKept(attached, truth, kept, outputRows, provenance);
        cancel.check();
        progress.progress(0, "Looking up holdout people in the released table");
        EncodedTable guess = null;
        if (holdout != null && holdout.rows() > 0) {
            RowDistance distance = new RowDistance(train.select(kept));
            int[] nearest = NearestNeighbors.allCores().nearestRows(holdout.select(kept), synthetic.select(kept),
                    distance, ProgressListener.NONE, cancel);
            guess = synthetic.selectRows(nearest);
        }
        SensitiveMatch.Result match = SensitiveMatch.compute(train, attached, truth, guess == null ? null : holdout,
                guess, sensitive);
        progress.progress(0.5, "Measuring disclosure through the real-based rows");
        DisclosureReport d = Disclosure.evaluate(train, attached, qi, sensitive, tau, thresholds, RELEASED,
                ProgressListener.NONE, cancel);
        List<MetricResult> verdicts = new ArrayList<>();
        SensitiveMatch.Column worst = match.worst();
        verdicts.add(thresholds.result(KEY, PREFIX + "sensitive values disclosed",
                worst == null ? Double.NaN : worst.disclosure(), MatchSentences.of(match)));
        for (MetricResult m : d.results()) {
            String key = Thresholds.REAL_BASED + m.key();
            verdicts.add(thresholds.result(key, PREFIX + m.label(), m.value(), m.sentence()));
        }
        progress.progress(1, "Real-based rows measured");
        return new RealBasedReport(kept, match, d, verdicts);
    }

    /** Throws when a real-based row's non-sensitive values differ from its real record's. */
    private static void checkKept(EncodedTable attached, EncodedTable truth, List<String> kept, int[] outputRows,
                                  Provenance provenance) {
        for (String name : kept) {
            int c = attached.indexOf(name);
            for (int i = 0; i < attached.rows(); i++) {
                boolean same = attached.isNumeric(c) ? sameNumber(attached.numbers(c)[i], truth.numbers(c)[i])
                        : attached.codes(c)[i] == truth.codes(c)[i];
                if (!same) {
                    int row = outputRows[i];
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "the provenance does not fit the"
                            + " tables: synthetic row %,d is built from real row %,d, but their %s differ; only the"
                            + " sensitive columns may (the real table must be the one hybrid synthesis read, and the"
                            + " sensitive columns the ones it redrew)", row + 1, provenance.realRow(row) + 1, name));
                }
            }
        }
    }

    private static boolean sameNumber(double a, double b) {
        return a == b || Double.isNaN(a) && Double.isNaN(b);
    }
}

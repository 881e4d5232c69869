// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import io.semblance.core.model.PiiFinding;
import io.semblance.core.model.PiiKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a column holds personal information, from its name and a sample of its values. Values carry most of
 * the weight: a pattern kind needs 90% of values in its distinctive format to be reported on values alone (80% of
 * distinct values for word-list kinds such as first names); a matching column name lets half the values suffice, and
 * a name without fitting values is never enough. Stateless and thread-safe; word lists load on first use.
 */
public final class PiiDetector {
    /** Findings below this confidence are not reported. */
    public static final double MIN_CONFIDENCE = 0.5;
    /** At most this many values are examined; larger inputs are thinned evenly. */
    public static final int MAX_VALUES = 2000;

    /** Specific kinds first: when one of these fits by format, it wins over generic ones. */
    private static final List<PiiKind> PRECEDENCE = List.of(PiiKind.CREDIT_CARD, PiiKind.IBAN, PiiKind.EMAIL,
            PiiKind.IP_ADDRESS, PiiKind.URL, PiiKind.NATIONAL_ID, PiiKind.PHONE, PiiKind.DATE_OF_BIRTH,
            PiiKind.POSTAL_CODE, PiiKind.FULL_NAME, PiiKind.FIRST_NAME, PiiKind.LAST_NAME, PiiKind.STREET_ADDRESS,
            PiiKind.CITY);
    private static final int SPECIFIC = 6;
    /**
     * Word lists are consulted only when the name hints at a name or place, or when at least this share of values
     * are distinct and hold letters: a column of a few recurring words (a category) is not a list of people's names, and skipping it
     * spares loading the lists.
     */
    static final double MIN_DISTINCT_SHARE_FOR_LISTS = 1.0 / 15;
    private static final List<PiiKind> WORD_LIST_KINDS = List.of(PiiKind.FIRST_NAME, PiiKind.LAST_NAME,
            PiiKind.FULL_NAME, PiiKind.CITY, PiiKind.STREET_ADDRESS);

    /** Best PII finding for a column from its name and its non-missing values (any order; may be a sample of up to ~2,000 values), or empty. */
    public Optional<PiiFinding> detect(String columnName, List<String> values) {
        List<String> vals = prepare(values);
        if (vals.isEmpty()) {
            return Optional.empty();
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(vals));
        ColumnName name = new ColumnName(columnName);
        boolean nameHint = WORD_LIST_KINDS.stream().anyMatch(k -> NameHints.score(name, k) > 0);
        long wordy = distinct.stream().filter(v -> v.codePoints().anyMatch(Character::isLetter)).count();
        boolean varied = wordy >= MIN_DISTINCT_SHARE_FOR_LISTS * vals.size();
        Map<PiiKind, Evidence> ev = ValueEvidence.evaluate(vals, distinct, nameHint || varied);
        for (Evidence e : ev.values()) {
            e.nameScore = NameHints.score(name, e.kind);
        }
        Evidence best = null;
        for (int i = 0; i < SPECIFIC; i++) {
            Evidence e = ev.get(PRECEDENCE.get(i));
            if (e.alone() > 0 && e.confidence() >= MIN_CONFIDENCE) {
                best = e;
                break;
            }
        }
        if (best == null) {
            for (PiiKind k : PRECEDENCE) {
                Evidence e = ev.get(k);
                if (e.confidence() >= MIN_CONFIDENCE && (best == null || e.confidence() > best.confidence())) {
                    best = e;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.finding(name.original()));
    }

    /** Trimmed non-empty values, thinned evenly to at most {@link #MAX_VALUES}; null entries are skipped. */
    static List<String> prepare(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        int n = values.size();
        double step = n > MAX_VALUES ? n / (double) MAX_VALUES : 1.0;
        for (double i = 0; i < n && out.size() < MAX_VALUES; i += step) {
            String v = values.get((int) i);
            if (v != null) {
                String t = v.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}

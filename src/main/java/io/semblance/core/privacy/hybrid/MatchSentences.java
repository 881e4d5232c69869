// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.hybrid;

import io.semblance.core.privacy.Wording;
import java.util.List;

/** The plain sentence of the sensitive-disclosure verdict of a hybrid table's real-based rows. */
final class MatchSentences {
    /** Disclosure below this reads as none. */
    private static final double NOTHING = 0.0005;

    private MatchSentences() {
    }

    static String of(SensitiveMatch.Result r) {
        SensitiveMatch.Column w = r.worst();
        if (r.rows() == 0 || w == null) {
            return "No row is built from a real record.";
        }
        List<SensitiveMatch.Column> cs = r.columns();
        boolean numbers = cs.stream().anyMatch(SensitiveMatch.Column::numeric);
        List<String> rates = new java.util.ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            SensitiveMatch.Column c = cs.get(i);
            rates.add(Wording.share(c.match()) + (i == 0 ? " of rows" : "") + " for " + c.name());
        }
        StringBuilder s = new StringBuilder("In the ").append(Wording.count(r.rows()))
                .append(" rows built from real records, the attached value is the person's own")
                .append(numbers ? " (numbers within 5%)" : "").append(" in ").append(Wording.list(rates))
                .append(", against ").append(Wording.list(cs.stream().map(c -> Wording.share(c.baseline())).toList()))
                .append(" for ").append(r.againstHoldout() ? "real people the table was not made from, looked up in it"
                        + " by their other columns" : "values drawn at random from the real columns");
        if (w.disclosure() < NOTHING) {
            s.append(": the attached values tell no more about these people than about anyone.");
        } else {
            s.append(": the attached ").append(w.name()).append(" gives away ").append(Wording.share(w.disclosure()))
                    .append(" of what is otherwise unknown about these people's own ").append(w.name()).append('.');
            if (!r.againstHoldout()) {
                s.append(" Without a holdout this is an upper bound: part of it may be what the other columns tell"
                        + " about anyone's ").append(w.name()).append('.');
            }
        }
        if (r.copies() > 0) {
            s.append(' ').append(Wording.count(r.copies())).append(" of these rows (")
                    .append(Wording.share((double) r.copies() / r.rows()))
                    .append(") carry every sensitive value of their real record and are complete copies of it")
                    .append(" (sensitive values taken from a random real row would be for ")
                    .append(Wording.share(r.copiesMarginal())).append(").");
        }
        return s.toString();
    }
}

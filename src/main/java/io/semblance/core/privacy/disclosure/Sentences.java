// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

import io.semblance.core.privacy.Wording;
import java.util.List;
import java.util.Locale;

/** The plain sentences of the disclosure verdicts, specific to the table and the columns marked. */
final class Sentences {
    static final String NO_QI = "Mark quasi-identifier columns to measure linkage risk.";
    static final String NO_SA = "Mark sensitive columns to measure how well they can be inferred from the quasi-identifiers.";

    private final String qi;
    private final String sa;
    private final String oneSa;
    private final String data;
    private final String rows;
    private final String empty;

    /**
     * Sentences about {@code released}: the part of the output judged, named as in {@link Disclosure.Released}.
     */
    Sentences(List<String> quasiIdentifiers, List<String> sensitive, Disclosure.Released released) {
        this.data = released.data();
        this.rows = released.rows();
        this.empty = released.empty();
        this.qi = list(quasiIdentifiers);
        this.sa = list(sensitive);
        this.oneSa = sensitive.size() == 1 ? "one value of " + sa : "one combination of " + sa;
    }

    String cap(CapRisk c) {
        if (c.matched() == 0) {
            return "No real combination of " + qi + " appears in " + data + ", so it gives an attacker nothing"
                    + " to guess " + sa + " from (CAP score 1).";
        }
        return "An attacker who knows a real person's " + qi + " and looks them up in " + data + " guesses "
                + sa + " right " + pct(c.meanCap()) + " of the time on average (" + count(c.matched()) + " of "
                + count(c.rows()) + " real people can be looked up); CAP score " + fixed(c.score()) + ".";
    }

    String protection(CapRisk c, double combinations) {
        if (c.matched() == 0) {
            return "No real combination of " + qi + " appears in " + data + ": it gives away no more about "
                    + sa + " than random data would.";
        }
        if (c.baseline() == 0) {
            return "The real data has a single " + (oneSa.startsWith("one value") ? "value of " : "combination of ") + sa
                    + ", so anyone can guess it and nothing about it can be protected.";
        }
        return "Guessing " + sa + " from " + qi + " in " + data + " is right " + pct(c.meanCap())
                + " of the time, against " + pct(1 / combinations) + " for a blind guess among "
                + count((long) combinations) + " values: " + data + " keeps " + pct(c.protection())
                + " of the protection random data would give.";
    }

    String replicatedUniques(ReplicatedUniques u) {
        if (u.rows() == 0) {
            return "The real table has no rows.";
        }
        if (u.replicated() > 0) {
            return count(u.replicated()) + " of " + count(u.rows()) + " real people (" + pct(u.repU() / 100)
                    + ") are unique on " + qi + " in the real data and still unique in " + data + ": an attacker"
                    + " who knows them could single them out. In the real data alone " + pct(u.uio() / 100)
                    + " are unique on these columns.";
        }
        if (u.unique() == 0) {
            return "No real person is unique on " + qi + ", so none can be singled out by a unique match.";
        }
        return "None of the " + count(u.unique()) + " real people (" + pct(u.uio() / 100) + ") who are unique on "
                + qi + " in the real data is unique on them in " + data + ", so none can be singled out by a"
                + " unique match.";
    }

    String disco(Disco d) {
        if (d.rows() == 0) {
            return "The real table has no rows.";
        }
        String reference = " (the real data alone would give it away for " + pct(d.dorig() / 100) + ").";
        if (d.disclosive() == 0) {
            return "For no real person does " + data + " tie their " + qi + " to " + oneSa
                    + " that is their own, so none has " + sa + " disclosed for certain" + reference;
        }
        return count(d.disclosive()) + " of " + count(d.rows()) + " real people (" + pct(d.disco() / 100)
                + ") have a combination of " + qi + " that in " + data + " always comes with " + oneSa
                + ", and it is their true one: an attacker who knows them learns it for certain" + reference;
    }

    String recordsAtRisk(ProsecutorRisk released, ProsecutorRisk real) {
        if (released.rows() == 0) {
            return empty;
        }
        int m = released.largestClassAtRisk();
        if (m == 0) {
            return "With a threshold of 100%, no row's re-identification risk can exceed it.";
        }
        long atRisk = Math.round(released.recordsAtRisk() * released.rows());
        String group = m == 1 ? "are alone on their " + qi
                : "sit in a group of " + m + " or fewer rows sharing their " + qi;
        return pct(released.recordsAtRisk()) + " of the " + rows + " (" + count(atRisk) + " of "
                + count(released.rows()) + ") " + group + ", so a prosecutor's risk of re-identifying them exceeds "
                + pct(released.tau()) + realRef(real, pct(real.recordsAtRisk())) + ".";
    }

    String highestRisk(ProsecutorRisk released, ProsecutorRisk real) {
        if (released.rows() == 0) {
            return empty;
        }
        return "The smallest group of " + rows + " sharing " + qi + " has " + rows(released.k())
                + ", so the highest re-identification risk is " + pct(released.highestRisk()) + "; "
                + pct(released.sampleUniques()) + " of " + rows + " are unique on these columns"
                + realRef(real, "smallest group " + rows(real.k()) + ", " + pct(real.sampleUniques()) + " unique") + ".";
    }

    private static String realRef(ProsecutorRisk real, String text) {
        return real.rows() == 0 ? "" : " (real data: " + text + ")";
    }

    private static String rows(int n) {
        return count(n) + (n == 1 ? " row" : " rows");
    }

    static String list(List<String> names) {
        return Wording.list(names);
    }

    static String count(long n) {
        return Wording.count(n);
    }

    static String pct(double share) {
        return Wording.share(share);
    }

    private static String fixed(double v) {
        return String.format(Locale.US, "%.2f", v);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** A small people table (age, sex, city, income, start and end year) and its detected metadata. */
final class PlanTables {
    private static final String[] CITIES = {"Leeds", "York", "Hull", "Bath", "Ely"};

    private PlanTables() {
    }

    /** Income grows with age; end ≥ start except in the 3rd and 40th rows. */
    static Dataset people(int rows) {
        SplittableRandom r = new SplittableRandom(rows);
        List<String[]> out = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            int age = 18 + r.nextInt(70);
            int start = 1990 + r.nextInt(30);
            int end = i == 3 || i == 40 ? start - 2 : start + r.nextInt(10);
            out.add(new String[] {String.valueOf(age), r.nextBoolean() ? "F" : "M",
                    r.nextInt(20) == 0 ? null : CITIES[r.nextInt(CITIES.length)],
                    String.valueOf(15000 + age * 400 + r.nextInt(9000)), String.valueOf(start), String.valueOf(end)});
        }
        return Dataset.ofRows("people", List.of("age", "sex", "city", "income", "start", "end"), out, List.of());
    }

    static Metadata meta(Dataset d) {
        return Synthesis.detect(d, ProgressListener.NONE, Cancellation.NEVER);
    }

    /** A full copula plan with the given holdout. */
    static SynthesisPlan full(long seed, double holdout) {
        SynthesisPlan p = SynthesisPlan.full("copula", seed, Locale.US);
        return new SynthesisPlan(p.strategy(), p.model(), p.rows(), seed, holdout, p.sensitive(), p.realShare(),
                p.conditions(), p.rebalance(), p.constraints(), p.cart(), p.locale());
    }
}

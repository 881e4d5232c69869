// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The small list of admitting diagnoses the patients table draws from: common causes of a hospital stay, with
 * their ICD-10-CM codes, and rough (not clinical) figures for who gets them and how long they stay. The list is
 * {@code diagnoses.tsv} beside this class: a header, then one row per diagnosis with the components of
 * {@link Diagnosis} in order, tab-separated.
 */
final class Diagnoses {
    /** Where patients under 18 are treated, whatever the diagnosis (deliveries apart). */
    static final String PEDIATRICS = "Pediatrics";

    static final List<Diagnosis> ALL = load();

    private Diagnoses() {
    }

    /** A diagnosis drawn in proportion to its chance for this age, sex and month of admission. */
    static Diagnosis draw(RandomGenerator rng, int age, boolean isFemale, int month) {
        double[] chances = new double[ALL.size()];
        for (int i = 0; i < chances.length; i++) {
            chances[i] = ALL.get(i).chance(age, isFemale, month);
        }
        return ALL.get(Draw.weighted(rng, chances)); // pneumonia fits every age, so some chance is positive
    }

    private static List<Diagnosis> load() {
        try (InputStream in = Diagnoses.class.getResourceAsStream("diagnoses.tsv")) {
            if (in == null) {
                throw new IllegalStateException("diagnoses.tsv is missing from the application");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Diagnosis> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                out.add(new Diagnosis(f[0], f[1], f[2], num(f[3]), (int) num(f[4]), (int) num(f[5]), num(f[6]),
                        num(f[7]), num(f[8]), num(f[9]), num(f[10]), (int) num(f[11]), num(f[12]),
                        Diagnosis.Kind.valueOf(f[13])));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read diagnoses.tsv", e);
        }
    }

    private static double num(String s) {
        return Double.parseDouble(s);
    }
}

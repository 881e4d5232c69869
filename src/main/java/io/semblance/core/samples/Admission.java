// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

import io.semblance.core.samples.Diagnosis.Kind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The clinical half of one made-up patient: who was admitted when, with what, for how long, and how they left.
 * Each value is drawn given the ones before it, so the table has structure to keep: the diagnosis depends on age,
 * sex and season, the department on the diagnosis and age, the stay, blood pressure and HbA1c on the diagnosis
 * and age, the insurance on age and diagnosis, and the discharge on all of them.
 *
 * @param hba1c HbA1c in percent with one decimal, or null when it was not measured
 */
record Admission(LocalDate admitted, int age, boolean female, Diagnosis diagnosis, String department, int stay,
                 int systolic, String hba1c, String insurance, String discharge) {

    /** First and last possible admission day. */
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    private static final String[] INSURANCE = {"Medicare", "Medicaid", "Private", "Self-pay"};

    /** One admission drawn from {@code rng}. */
    static Admission draw(RandomGenerator rng) {
        LocalDate admitted = FIRST_DAY.plusDays(rng.nextLong(LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
        boolean female = rng.nextDouble() < 0.53;
        int age = age(rng);
        Diagnosis d = Diagnoses.draw(rng, age, female, admitted.getMonthValue());
        String department = age < 18 && d.kind() != Kind.DELIVERY ? Diagnoses.PEDIATRICS : d.department();
        double ageing = 1 + 0.012 * Math.max(0, age - 50);
        int stay = (int) Math.round(Draw.clamp(d.medianStay() * Math.exp(0.5 * rng.nextGaussian()) * ageing, 1, 60));
        double usual = age < 18 ? 90 + 1.2 * age : 108 + 0.45 * (age - 18);
        int systolic = (int) Math.round(Draw.clamp(usual + d.pressure() + 13 * rng.nextGaussian(), 70, 220));
        return new Admission(admitted, age, female, d, department, stay, systolic, hba1c(rng, d, age),
                insurance(rng, d, age), discharge(rng, d, age, stay, department));
    }

    /** Age at admission: a quarter of stays are of people 18 to 44, four in ten of people 65 and over. */
    private static int age(RandomGenerator rng) {
        return switch (Draw.weighted(rng, 0.03, 0.06, 0.25, 0.26, 0.40)) {
            case 0 -> 0;
            case 1 -> 1 + rng.nextInt(17);
            case 2 -> 18 + rng.nextInt(27);
            case 3 -> 45 + rng.nextInt(20);
            default -> 65 + (int) Math.min(34, Math.abs(rng.nextGaussian()) * 14);
        };
    }

    /** Always measured for diabetes, high there; otherwise measured for about half the adults, rarely for children. */
    private static String hba1c(RandomGenerator rng, Diagnosis d, int age) {
        double value;
        if (d.kind() == Kind.DIABETES) {
            value = (d.code().startsWith("E10") ? 10.8 : 9.0) + 1.6 * rng.nextGaussian();
        } else {
            if (rng.nextDouble() < (age < 18 ? 0.92 : 0.5)) {
                return null;
            }
            value = 5.2 + 0.008 * age + 0.35 * rng.nextGaussian() + (age >= 45 && rng.nextDouble() < 0.15 ? 1.0 : 0);
        }
        return String.format(Locale.ROOT, "%.1f", Draw.clamp(value, 4.0, 16.0));
    }

    private static String insurance(RandomGenerator rng, Diagnosis d, int age) {
        if (age >= 65) {
            return Draw.weighted(rng, INSURANCE, 0.87, 0.04, 0.08, 0.01);
        }
        if (d.kind() == Kind.DELIVERY) {
            return Draw.weighted(rng, INSURANCE, 0, 0.42, 0.53, 0.05);
        }
        if (age < 18) {
            return Draw.weighted(rng, INSURANCE, 0, 0.45, 0.52, 0.03);
        }
        if (d.kind() == Kind.ALCOHOL) {
            return Draw.weighted(rng, INSURANCE, 0.03, 0.40, 0.35, 0.22);
        }
        return Draw.weighted(rng, INSURANCE, 0.05, 0.22, 0.60, 0.13);
    }

    /** How the stay ended: death grows with age and the diagnosis's risk, nursing care with age and length of stay. */
    private static String discharge(RandomGenerator rng, Diagnosis d, int age, int stay, String department) {
        double death = d.deathRisk() * Draw.clamp(Math.pow(age / 70.0, 2), 0.2, 2.5);
        double leftEarly = d.kind() == Kind.ALCOHOL ? 0.12 : age >= 18 && age <= 60 ? 0.01 : 0;
        double transfer = department.equals("Cardiology") || department.equals("Neurology") ? 0.07 : 0.03;
        double nursing = age < 65 ? 0 : 0.04 + 0.004 * (age - 65) + 0.01 * stay
                + (d.kind() == Kind.HIP_FRACTURE ? 0.35 : 0);
        double homeCare = age >= 60 ? 0.15 : 0.02;
        double rest = Math.max(0, 1 - death - leftEarly - transfer - nursing - homeCare);
        return Draw.weighted(rng, new String[] {"Died", "Left against medical advice", "Transferred to another hospital",
            "Skilled nursing facility", "Home with home health care", "Home"},
                death, leftEarly, transfer, nursing, homeCare, rest);
    }
}

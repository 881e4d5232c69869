// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

/**
 * One admitting diagnosis of the made-up patients table: an ICD-10-CM code and its label, the department that
 * treats adults with it, who gets it (ages, sex) and what it does to the stay (typical length, blood pressure,
 * risk of dying in hospital).
 *
 * @param weight     relative frequency at the peak age
 * @param minAge     youngest age at which it occurs
 * @param maxAge     oldest age at which it occurs
 * @param peakAge    age at which it is most frequent
 * @param ageSpread  standard deviation of the bell around the peak age, in years
 * @param female     frequency multiplier for women (0: never)
 * @param male       frequency multiplier for men (0: never)
 * @param medianStay median length of stay in days
 * @param pressure   shift of the systolic blood pressure in mmHg
 * @param deathRisk  chance of dying in hospital at age 70
 * @param kind       what else the diagnosis touches (season, lab value, insurance, discharge)
 */
record Diagnosis(String code, String label, String department, double weight, int minAge, int maxAge,
                 double peakAge, double ageSpread, double female, double male, double medianStay, int pressure,
                 double deathRisk, Kind kind) {

    /** Groups of diagnoses that shape other columns. */
    enum Kind {
        OTHER, RESPIRATORY, DIABETES, DELIVERY, HIP_FRACTURE, ALCOHOL
    }

    /** The value written to the table: code, a space, the label. */
    String text() {
        return code + " " + label;
    }

    /** Relative chance of this diagnosis for a patient of this age and sex admitted in this month (1 to 12). */
    double chance(int age, boolean isFemale, int month) {
        if (age < minAge || age > maxAge) {
            return 0;
        }
        double z = (age - peakAge) / ageSpread;
        double w = weight * Math.exp(-0.5 * z * z) * (isFemale ? female : male);
        if (kind == Kind.RESPIRATORY) {
            w *= month == 12 || month <= 2 ? 1.8 : month >= 6 && month <= 8 ? 0.6 : 1.0;
        }
        return w;
    }
}

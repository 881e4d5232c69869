// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

import io.semblance.core.samples.Diagnosis.Kind;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The small list of admitting diagnoses the patients table draws from: common causes of a hospital stay, with
 * their ICD-10-CM codes, and rough (not clinical) figures for who gets them and how long they stay.
 */
final class Diagnoses {
    private static final String CARDIOLOGY = "Cardiology";
    private static final String PULMONOLOGY = "Pulmonology";
    private static final String MEDICINE = "Internal Medicine";
    private static final String SURGERY = "General Surgery";
    private static final String ORTHOPEDICS = "Orthopedics";
    private static final String OBSTETRICS = "Obstetrics";
    private static final String PSYCHIATRY = "Psychiatry";
    private static final String ONCOLOGY = "Oncology";
    private static final String ENDOCRINOLOGY = "Endocrinology";
    /** Where patients under 18 are treated, whatever the diagnosis (deliveries apart). */
    static final String PEDIATRICS = "Pediatrics";

    static final List<Diagnosis> ALL = List.of(
        new Diagnosis("I21.4", "Non-ST elevation (NSTEMI) myocardial infarction", CARDIOLOGY,
                6, 35, 105, 70, 13, 0.7, 1.3, 3.5, 8, 0.04, Kind.OTHER),
        new Diagnosis("I50.9", "Heart failure, unspecified", CARDIOLOGY,
                8, 40, 105, 80, 12, 1, 1, 4.5, 6, 0.05, Kind.OTHER),
        new Diagnosis("I48.91", "Unspecified atrial fibrillation", CARDIOLOGY,
                5, 40, 105, 75, 12, 0.9, 1.1, 3, 4, 0.01, Kind.OTHER),
        new Diagnosis("I63.9", "Cerebral infarction, unspecified", "Neurology",
                5, 40, 105, 76, 12, 1, 1, 5, 22, 0.09, Kind.OTHER),
        new Diagnosis("J18.9", "Pneumonia, unspecified organism", PULMONOLOGY,
                9, 0, 105, 78, 22, 1, 1.1, 4.5, -4, 0.04, Kind.RESPIRATORY),
        new Diagnosis("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", PULMONOLOGY,
                6, 40, 100, 70, 11, 1, 1.1, 4, 2, 0.02, Kind.RESPIRATORY),
        new Diagnosis("J45.901", "Unspecified asthma with (acute) exacerbation", PULMONOLOGY,
                3, 2, 80, 10, 14, 1, 1, 2.5, 2, 0.001, Kind.RESPIRATORY),
        new Diagnosis("J21.9", "Acute bronchiolitis, unspecified", PEDIATRICS,
                5, 0, 2, 0.5, 1, 0.9, 1.1, 3, 0, 0.0005, Kind.RESPIRATORY),
        new Diagnosis("E11.65", "Type 2 diabetes mellitus with hyperglycemia", ENDOCRINOLOGY,
                4, 30, 100, 60, 14, 1, 1.1, 3, 10, 0.005, Kind.DIABETES),
        new Diagnosis("E10.10", "Type 1 diabetes mellitus with ketoacidosis without coma", ENDOCRINOLOGY,
                2, 5, 60, 20, 10, 1, 1, 3, -6, 0.005, Kind.DIABETES),
        new Diagnosis("N39.0", "Urinary tract infection, site not specified", MEDICINE,
                5, 15, 105, 78, 15, 2.5, 0.7, 3.5, -2, 0.01, Kind.OTHER),
        new Diagnosis("A41.9", "Sepsis, unspecified organism", MEDICINE,
                7, 0, 105, 75, 15, 1, 1.1, 7, -22, 0.14, Kind.OTHER),
        new Diagnosis("K35.80", "Unspecified acute appendicitis", SURGERY,
                4, 4, 80, 22, 12, 0.9, 1.1, 2, 4, 0.001, Kind.OTHER),
        new Diagnosis("K80.20", "Calculus of gallbladder without cholecystitis without obstruction", SURGERY,
                4, 18, 90, 48, 16, 2.2, 0.8, 2, 5, 0.001, Kind.OTHER),
        new Diagnosis("S72.001A",
                "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture", ORTHOPEDICS,
                5, 50, 105, 84, 8, 2.2, 1, 5.5, 6, 0.03, Kind.HIP_FRACTURE),
        new Diagnosis("M17.11", "Unilateral primary osteoarthritis, right knee", ORTHOPEDICS,
                4, 45, 90, 67, 9, 1.3, 1, 2, 8, 0.001, Kind.OTHER),
        new Diagnosis("O80", "Encounter for full-term uncomplicated delivery", OBSTETRICS,
                14, 16, 46, 29, 6, 1, 0, 2, -2, 0.0001, Kind.DELIVERY),
        new Diagnosis("O82", "Encounter for cesarean delivery without indication", OBSTETRICS,
                6, 17, 47, 31, 6, 1, 0, 3, 0, 0.0002, Kind.DELIVERY),
        new Diagnosis("F32.2", "Major depressive disorder, single episode, severe without psychotic features",
                PSYCHIATRY,
                4, 13, 90, 35, 16, 1.5, 1, 9, -2, 0.001, Kind.OTHER),
        new Diagnosis("F10.239", "Alcohol dependence with withdrawal, unspecified", PSYCHIATRY,
                3, 20, 85, 48, 12, 0.4, 1.6, 4, 12, 0.005, Kind.ALCOHOL),
        new Diagnosis("C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung", ONCOLOGY,
                3, 40, 100, 70, 10, 0.9, 1.1, 6, 0, 0.08, Kind.OTHER),
        new Diagnosis("C50.911", "Malignant neoplasm of unspecified site of right female breast", ONCOLOGY,
                3, 30, 100, 60, 13, 1, 0, 3, 2, 0.01, Kind.OTHER),
        new Diagnosis("N17.9", "Acute kidney failure, unspecified", "Nephrology",
                4, 30, 105, 75, 13, 0.9, 1.1, 5, -8, 0.05, Kind.OTHER),
        new Diagnosis("K92.2", "Gastrointestinal hemorrhage, unspecified", "Gastroenterology",
                4, 30, 105, 72, 14, 0.9, 1.1, 4, -16, 0.03, Kind.OTHER),
        new Diagnosis("R55", "Syncope and collapse", MEDICINE,
                5, 12, 105, 72, 20, 1.1, 1, 2, -10, 0.002, Kind.OTHER),
        new Diagnosis("A08.4", "Viral intestinal infection, unspecified", MEDICINE,
                3, 0, 100, 4, 12, 1, 1, 2, -6, 0.0005, Kind.OTHER));

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
}

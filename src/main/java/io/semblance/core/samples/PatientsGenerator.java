// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

import io.semblance.core.model.Dataset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes up the sample table {@code sample-data/patients.csv}: hospital stays of invented people, with direct
 * identifiers (patient id, name, SSN, e-mail, phone, street address), quasi-identifiers (date of birth, city, ZIP
 * code, sex) and a sensitive diagnosis, tied together as in real admissions (see {@link Admission}). Every person is
 * made up (see {@link Identities}). The same rows and seed give the same table, value for value, on any machine.
 */
public final class PatientsGenerator {
    /** Rows and seed of the shipped sample: {@code generate(SAMPLE_ROWS, SAMPLE_SEED)} is its content. */
    public static final int SAMPLE_ROWS = 2000;
    public static final long SAMPLE_SEED = 1;
    /** Most rows made in one go (the patient ids have seven digits). */
    public static final int MAX_ROWS = 1_000_000;

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("patient_id", "full_name", "ssn", "email", "phone",
            "street_address", "city", "zip", "date_of_birth", "sex", "admission_date", "diagnosis", "department",
            "length_of_stay", "systolic_bp", "hba1c", "insurance", "discharge_status");

    private PatientsGenerator() {
    }

    /** {@code rows} made-up patients from {@code seed}, ordered by admission date. */
    public static Dataset generate(int rows, long seed) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("the patients table takes 1 to " + MAX_ROWS + " rows, not " + rows);
        }
        SplittableRandom clinical = new SplittableRandom(seed);
        SplittableRandom identity = clinical.split();
        Identities people = new Identities(seed, identity);
        List<Admission> stays = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            stays.add(Admission.draw(clinical));
        }
        stays.sort(Comparator.comparing(Admission::admitted)); // stable: ties keep their drawing order
        List<String[]> table = new ArrayList<>(rows);
        for (Admission a : stays) {
            Identities.Person p = people.next(a.female(), a.age());
            String born = a.admitted().minusYears(a.age()).minusDays(1 + identity.nextInt(364)).toString();
            table.add(new String[] {p.patientId(), p.fullName(), p.ssn(), p.email(), p.phone(), p.street(), p.city(),
                p.zip(), born, a.female() ? "F" : "M", a.admitted().toString(), a.diagnosis().text(), a.department(),
                Integer.toString(a.stay()), Integer.toString(a.systolic()), a.hba1c(), a.insurance(), a.discharge()});
        }
        return Dataset.ofRows("patients", COLUMNS, table, List.of());
    }
}

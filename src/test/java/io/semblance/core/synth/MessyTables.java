// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes a hospital-like table with keys, PII, dates, timestamps, free text and missing values. */
public final class MessyTables {
    static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
        "Karin", "Liam", "Maya", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Victor", "Wendy"};
    static final String[] LAST = {"Smith", "Garcia", "Müller", "Rossi", "Novak", "Kim", "Okafor", "Silva", "Dubois",
        "Jensen", "Kowalski", "Haddad", "Tanaka", "Murphy", "Costa", "Ivanova", "Larsen", "Moreau", "Nguyen"};
    static final String[] DIAG = {"I10", "E11", "J45", "M54", "F32", "K21", "N39", "C50"};
    static final String[] WARD = {"North", "South", "East", "West", "ICU"};

    private MessyTables() {
    }

    public static Path hospital(Path dir, int rows, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        lines.add("patient_id,full_name,email,phone,ssn,date_of_birth,admitted,ward,diagnosis,age,length_of_stay,"
                + "cost,readmitted,notes");
        for (int i = 0; i < rows; i++) {
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            int age = 18 + r.nextInt(75);
            int year = 2024 - age;
            String dob = String.format("%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            String admitted = String.format("2024-%02d-%02dT%02d:%02d:%02d.%03d", 1 + r.nextInt(12), 1 + r.nextInt(28),
                    r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000));
            String diag = r.nextInt(10) == 0 ? "" : DIAG[Math.min(DIAG.length - 1, (int) (Math.abs(r.nextGaussian()) * 3))];
            int stay = 1 + (int) Math.round(Math.abs(r.nextGaussian()) * (2 + age / 15.0));
            String cost = r.nextInt(8) == 0 ? "NA" : String.format(java.util.Locale.ROOT, "%.2f", 800 + stay * 1150.5 + r.nextGaussian() * 300);
            String readmit = r.nextDouble() < 0.1 + stay / 40.0 ? "Yes" : "No";
            String notes = "\"Seen by Dr " + LAST[r.nextInt(LAST.length)] + ", bed " + r.nextInt(400) + "; " + (r.nextBoolean() ? "stable" : "review in " + (1 + r.nextInt(14)) + " days") + "\"";
            lines.add(String.join(",", String.format("P-%06d", 100000 + i * 7), first + " " + last,
                    (first + "." + last + i).toLowerCase(java.util.Locale.ROOT).replace("ü", "u") + "@mail.example.org",
                    String.format("(%03d) %03d-%04d", 200 + r.nextInt(700), 200 + r.nextInt(700), r.nextInt(10000)),
                    String.format("%03d-%02d-%04d", 100 + r.nextInt(600), 10 + r.nextInt(89), 1000 + r.nextInt(9000)),
                    dob, admitted, WARD[r.nextInt(WARD.length)], diag, String.valueOf(age), String.valueOf(stay), cost,
                    readmit, notes));
        }
        return Files.write(dir.resolve("hospital.csv"), lines, StandardCharsets.UTF_8);
    }
}

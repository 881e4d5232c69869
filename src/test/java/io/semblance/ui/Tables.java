// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small tables written into a test's temporary folder. */
final class Tables {
    private static final String[] CITIES = {"Leeds", "York", "Hull", "Bath", "Ely"};

    private Tables() {
    }

    /** age (whole numbers), sex (F/M), city (5 names, some missing), income (whole numbers); fixed seed. */
    static Path people(Path dir, String name, int rows) throws IOException {
        Random rnd = new Random(rows);
        List<String> lines = new ArrayList<>();
        lines.add("age,sex,city,income");
        for (int i = 0; i < rows; i++) {
            int age = 18 + rnd.nextInt(70);
            String city = rnd.nextInt(20) == 0 ? "" : CITIES[rnd.nextInt(CITIES.length)];
            lines.add(age + "," + (rnd.nextBoolean() ? "F" : "M") + "," + city + "," + (15000 + age * 400 + rnd.nextInt(9000)));
        }
        return Files.write(dir.resolve(name), lines);
    }

    /** Number of lines in a text file (header included). */
    static long lines(Path file) throws IOException {
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample tables shipped in sample-data/, located from the project root whatever the working directory, or read
 * from the class path. */
public enum Fixtures {
    ADULT("adult.csv"),
    GERMAN_CREDIT("german_credit.csv"),
    PATIENTS("patients.csv");

    private final String file;

    Fixtures(String file) {
        this.file = file;
    }

    /** Writes the header and the first {@code rows} rows of the fixture to {@code dir}, under the fixture's name. */
    public Path head(Path dir, int rows) throws java.io.IOException {
        try (java.util.stream.Stream<String> lines = Files.lines(path())) {
            return Files.write(dir.resolve(file), lines.limit(rows + 1L).toList());
        }
    }

    /** The fixture's bytes as the application sees them: from the class path, under io/semblance/samples/. */
    public byte[] fromClassPath() throws java.io.IOException {
        try (java.io.InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("io/semblance/samples/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the class path under io/semblance/samples/");
            }
            return in.readAllBytes();
        }
    }

    /** Absolute path of the fixture file. */
    public Path path() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("sample-data"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("sample-data/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("sample-data").resolve(file);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample tables shipped in sample-data/, located from the project root whatever the working directory. */
public enum Fixtures {
    ADULT("adult.csv"),
    GERMAN_CREDIT("german_credit.csv");

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

// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The table opened at start: the system property {@code semblance.open} if set, else the bundled sample
 * {@code sample-data/adult.csv} beside the application's folder (the jar is in {@code target/}), else in the
 * working directory; none when the sample is not there.
 */
public final class StartupFile {
    static final String PROPERTY = "semblance.open";
    static final String SAMPLE = "sample-data/adult.csv";

    private StartupFile() {
    }

    public static Optional<Path> resolve() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(Path.of(chosen.strip()));
        }
        return Stream.concat(besideApplication().stream(), Stream.of(Path.of(SAMPLE).toAbsolutePath()))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** {@code <folder holding the jar or classes>/../sample-data/adult.csv}. */
    private static Optional<Path> besideApplication() {
        try {
            var source = StartupFile.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path folder = Path.of(source.getLocation().toURI()).getParent();
            return folder == null || folder.getParent() == null ? Optional.empty()
                    : Optional.of(folder.getParent().resolve(SAMPLE).normalize());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The table (or project) opened at start: the system property {@code semblance.open} if set, else the bundled sample
 * {@code sample-data/adult.csv} beside the jar (as in the installed application, {@code lib/app/}) or beside the
 * jar's folder (the jar is in {@code target/}), else in the working directory; none when the sample is not there.
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

    /** Makes {@link #resolve()} answer {@code file}: what the workbench opens when it starts. */
    public static void choose(Path file) {
        System.setProperty(PROPERTY, file.toAbsolutePath().toString());
    }

    /** Where the sample may be for code loaded from {@code codeLocation} (a jar, or a folder of classes). */
    static List<Path> sampleCandidates(Path codeLocation) {
        Path folder = codeLocation.getParent();
        if (folder == null) {
            return List.of();
        }
        Path beside = folder.resolve(SAMPLE).normalize();
        return folder.getParent() == null ? List.of(beside)
                : List.of(beside, folder.getParent().resolve(SAMPLE).normalize());
    }

    private static List<Path> besideApplication() {
        try {
            var source = StartupFile.class.getProtectionDomain().getCodeSource();
            return source == null ? List.of() : sampleCandidates(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return List.of();
        }
    }
}

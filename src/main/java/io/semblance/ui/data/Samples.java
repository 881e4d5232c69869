// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The sample tables shipped inside the application (the project's {@code sample-data/} folder, on the class path
 * under {@code io/semblance/samples/}). A sample is opened from a copy in a temporary folder, deleted on exit.
 */
public final class Samples {
    static final String FOLDER = "io/semblance/samples/";
    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx");

    private final List<String> names;
    private Path copies;

    public Samples() {
        this.names = List.copyOf(find());
    }

    /** File names of the samples, e.g. {@code adult.csv}, in alphabetical order. */
    public List<String> names() {
        return names;
    }

    /** A file holding the sample's bytes (copied from the class path on first use). Call off the FX thread. */
    public synchronized Path file(String name) throws IOException {
        if (!names.contains(name)) {
            throw new IllegalArgumentException("there is no sample called \"" + name + "\"");
        }
        if (copies == null) {
            copies = Files.createTempDirectory("semblance-samples");
            copies.toFile().deleteOnExit();
        }
        Path copy = copies.resolve(name);
        if (!Files.isRegularFile(copy)) {
            try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IOException("the sample " + name + " is missing from the application");
                }
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            copy.toFile().deleteOnExit();
        }
        return copy;
    }

    /** Lists the folder's tables, whether the class path holds it as a folder (a build) or in a jar. */
    private static List<String> find() {
        URL url = Samples.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(FOLDER) && n.indexOf('/', FOLDER.length()) < 0)
                            .map(n -> n.substring(FOLDER.length()))
                            .forEach(found::add);
                }
            } else if (url.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled samples", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the bundled samples", e);
        }
        found.removeIf(n -> EXTENSIONS.stream().noneMatch(x -> n.toLowerCase(Locale.ROOT).endsWith(x)));
        Collections.sort(found);
        return found;
    }
}

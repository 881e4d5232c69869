// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.ui.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The sample tables shipped inside the application (the project's {@code sample-data/} folder, on the class path
 * under {@code io/semblance/samples/}). A sample is opened from a copy in a temporary folder, deleted on exit.
 */
public final class Samples {
    static final String FOLDER = "io/semblance/samples/";
    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx");

    private final ClassLoader loader;
    private final List<String> names;
    private Path copies;

    public Samples() {
        this(Samples.class.getClassLoader());
    }

    /** The samples {@code loader} holds (a jar or a folder on its class path). */
    Samples(ClassLoader loader) {
        this.loader = loader;
        this.names = List.copyOf(find(loader));
    }

    /** File names of the samples, e.g. {@code adult.csv}, in alphabetical order. */
    public List<String> names() {
        return names;
    }

    /** The sample called {@code name}, with or without its extension ({@code patients} or {@code patients.csv}). */
    public Optional<String> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return names.stream().filter(s -> s.toLowerCase(Locale.ROOT).equals(n) || base(s).equals(n)).findFirst();
    }

    /** One line saying what the sample holds, or "" when the workbench has none for it. */
    public static String description(String name) {
        String key = "data.sample." + base(name);
        return Messages.has(key) ? Messages.get(key) : "";
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
            try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IOException("the sample " + name + " is missing from the application");
                }
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            copy.toFile().deleteOnExit();
        }
        return copy;
    }

    /** The name without its extension, in lower case: {@code german_credit} for {@code german_credit.csv}. */
    static String base(String name) {
        return name.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Lists the folder's tables, whether the class path holds it as a folder (a build) or in a jar; the jar is read
     * as a local file (no URL connection).
     */
    private static List<String> find(ClassLoader loader) {
        URL url = loader.getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try {
            if (url.getProtocol().equals("jar")) {
                String spec = url.getPath(); // file:/…/semblance.jar!/io/semblance/samples/
                try (JarFile jar = new JarFile(Path.of(new URI(spec.substring(0, spec.indexOf("!/")))).toFile())) {
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
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot list the bundled samples", e);
        }
        found.removeIf(n -> EXTENSIONS.stream().noneMatch(x -> n.toLowerCase(Locale.ROOT).endsWith(x)));
        Collections.sort(found);
        return found;
    }
}

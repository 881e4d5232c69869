// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled samples: listed from the build folder or from a jar, found by name, described, copied out whole. */
class SamplesTest {
    @TempDir
    Path dir;

    @Test
    void theBuildOffersEverySampleTableWithALineAboutIt() throws Exception {
        Samples samples = new Samples();
        assertEquals(List.of("adult.csv", "german_credit.csv", "patients.csv"), samples.names());
        for (String name : samples.names()) {
            assertTrue(!Samples.description(name).isEmpty(), name + " has no description");
        }
        assertEquals(Optional.of("patients.csv"), samples.named("patients"));
        assertEquals(Optional.of("patients.csv"), samples.named("Patients.CSV"));
        assertEquals(Optional.empty(), samples.named("patients.metadata"));
        assertArrayEquals(Fixtures.PATIENTS.fromClassPath(), Files.readAllBytes(samples.file("patients.csv")));
    }

    @Test
    void aJarIsListedAsAFileWithoutItsSubfoldersOrNotes() throws Exception {
        Path jar = dir.resolve("app with space.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : List.of("io/", "io/semblance/", Samples.FOLDER)) { // as the jar plug-in writes them
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            put(out, Samples.FOLDER + "b.tsv", "x\ty\n");
            put(out, Samples.FOLDER + "a.csv", "x,y\n1,2\n");
            put(out, Samples.FOLDER + "README.md", "notes");
            put(out, Samples.FOLDER + "more/c.csv", "x\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Samples samples = new Samples(loader);
            assertEquals(List.of("a.csv", "b.tsv"), samples.names());
            assertEquals("x,y\n1,2\n", Files.readString(samples.file("a.csv"), StandardCharsets.UTF_8));
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}

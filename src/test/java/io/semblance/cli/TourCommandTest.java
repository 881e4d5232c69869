// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tour command, headless: six real pictures of the window, and one clear line when it cannot run. */
class TourCommandTest {
    private static final List<String> PICTURES = List.of("1-data.png", "2-columns.png", "3-synthesize.png",
            "4-compare.png", "5-privacy.png", "6-export.png");
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesOnePictureOfEachStepAtTheSizeAskedFor() throws Exception {
        Path table = Fixtures.ADULT.head(dir, 400);
        Path shots = dir.resolve("shots");
        assertEquals(0, run("tour", "--out", shots.toString(), "--table", table.toString(), "--width", "1280",
                "--height", "800", "--seed", "3", "--rows", "300"), err.toString());

        try (Stream<Path> files = Files.list(shots)) {
            assertEquals(PICTURES, files.map(p -> p.getFileName().toString()).sorted().toList(), "no partial files");
        }
        Set<Integer> firstRows = new HashSet<>();
        for (String name : PICTURES) {
            BufferedImage image = ImageIO.read(shots.resolve(name).toFile());
            assertEquals(1280, image.getWidth(), name);
            assertEquals(800, image.getHeight(), name);
            assertTrue(colours(image) > 20, name + " shows a drawn window, not a blank picture");
            firstRows.add(java.util.Arrays.hashCode(image.getRGB(0, 0, 1280, 400, null, 0, 1280)));
        }
        assertEquals(PICTURES.size(), firstRows.size(), "each picture shows another page");
        assertTrue(out.toString().contains("run 1: 300 rows in "), out::toString);
        assertTrue(out.toString().contains("meanwhile the window drew "), out::toString);
    }

    @Test
    void theDarkThemeIsPicturedWhenAskedFor() throws Exception {
        Path table = Fixtures.ADULT.head(dir, 300);
        Path shots = dir.resolve("dark");
        assertEquals(0, run("tour", "--out", shots.toString(), "--table", table.toString(), "--rows", "200",
                "--theme", "DARK"), err.toString());

        for (String name : PICTURES) {
            double light = lightShare(ImageIO.read(shots.resolve(name).toFile()));
            assertTrue(light < 0.15, name + " is " + Math.round(light * 100) + "% light pixels");
        }
    }

    @Test
    void picturesAlreadyThereAreReplacedOnlyWithForce() throws Exception {
        Path shots = Files.createDirectories(dir.resolve("shots"));
        Path old = Files.writeString(shots.resolve("4-compare.png"), "an older picture");
        assertEquals(2, run("tour", "--out", shots.toString(), "--table", dir.resolve("none.csv").toString()));
        assertEquals("error: " + old + " already exists; add --force to replace it", err.toString().strip());
        assertEquals("an older picture", Files.readString(old));
    }

    @Test
    void aMissingTableATinyWindowOrAFileForFolderIsOneLineBeforeAnyWindowOpens() throws Exception {
        assertEquals(3, run("tour", "--out", dir.toString(), "--table", dir.resolve("none.csv").toString()));
        assertEquals("error: no such file: " + dir.resolve("none.csv"), err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(2, run("tour", "--out", dir.toString(), "--width", "640"));
        assertEquals("error: --width and --height must be at least 1000 and 700, the workbench's smallest window",
                err.toString().strip());
        err.getBuffer().setLength(0);
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
        assertEquals(2, run("tour", "--out", file.toString(), "--table", Fixtures.GERMAN_CREDIT.path().toString()));
        assertEquals("error: --out must be a folder; " + file + " is a file", err.toString().strip());
        assertEquals("keep me", Files.readString(file));
        err.getBuffer().setLength(0);
        assertEquals(2, run("tour", "--out", dir.toString(), "--theme", "purple"));
        assertEquals("error: --theme must be light or dark, not purple", err.toString().strip());
        assertFalse(Files.exists(dir.resolve("1-data.png")));
    }

    @Test
    void theTableMayBeABundledSampleByNameAndAFileOfThatNameComesFirst() throws Exception {
        TourCommand tour = new TourCommand();
        tour.table = Path.of("patients");
        assertArrayEquals(Fixtures.PATIENTS.fromClassPath(), Files.readAllBytes(tour.input()));
        tour.table = Path.of("german_credit.csv");
        assertArrayEquals(Fixtures.GERMAN_CREDIT.fromClassPath(), Files.readAllBytes(tour.input()));
        tour.table = Files.writeString(dir.resolve("patients"), "mine,1\n");
        assertEquals(tour.table, tour.input());
        tour.table = dir.resolve("no-such-sample");
        assertEquals(tour.table, tour.input(), "left for the reader to report as a missing file");
    }

    /** The share of the picture's pixels that are light (each channel above 200). */
    private static double lightShare(BufferedImage image) {
        int light = 0;
        int all = 0;
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                int rgb = image.getRGB(x, y);
                all++;
                light += (rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) > 200 && (rgb & 0xff) > 200 ? 1 : 0;
            }
        }
        return (double) light / all;
    }

    /** Distinct colours in the picture. */
    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}

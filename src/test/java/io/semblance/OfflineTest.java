// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline guarantee, end to end: the whole command-line flow (metadata, synth, sample, evaluate with its HTML
 * report) and the tour of the workbench window run in separate JVMs inside a network namespace that has no network
 * at all, on the patients sample and on 2,000 rows of adult.
 */
class OfflineTest {
    private static final Duration STEP = Duration.ofMinutes(10);
    /** The headless window system the surefire configuration uses as well. */
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
    private static final List<String> PICTURES = List.of("1-data.png", "2-columns.png", "3-synthesize.png",
            "4-compare.png", "5-privacy.png", "6-export.png");

    @TempDir
    Path dir;
    private NoNetwork namespace;

    /** Per test, so that each one reports the reason when it is skipped. */
    @BeforeEach
    void namespace() throws Exception {
        namespace = NoNetwork.require(dir);
    }

    @Test
    void theNamespaceReachesNothingNotEvenLoopback() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String local = "exec 3<>/dev/tcp/127.0.0.1/" + listening.getLocalPort();
            assertEquals(0, NoNetwork.outside(List.of("bash", "-c", local), dir).exit(),
                    "the probe connects when there is a network to connect to");
            NoNetwork.Result inside = namespace.run(List.of("bash", "-c", local), dir, STEP);
            assertNotEquals(0, inside.exit(), inside::text);
        }
        NoNetwork.Result internet = namespace.run(List.of("bash", "-c", "exec 3<>/dev/tcp/1.1.1.1/53"), dir, STEP);
        assertNotEquals(0, internet.exit(), internet::text);
        List<String> interfaces = namespace.run(List.of("cat", "/proc/net/dev"), dir, STEP).out().lines().skip(2)
                .map(l -> l.strip().substring(0, l.strip().indexOf(':'))).toList();
        assertEquals(List.of("lo"), interfaces, "only the loopback interface");
    }

    @Test
    void theCommandLineFlowRunsOnThePatientsSampleWithoutANetwork() throws Exception {
        Path table = Files.write(dir.resolve("patients.csv"), Fixtures.PATIENTS.fromClassPath());
        flow(table, "patients");
    }

    @Test
    void theCommandLineFlowRunsOnAdultWithoutANetwork() throws Exception {
        flow(Fixtures.ADULT.head(dir, 2000), "adult");
    }

    @Test
    void theTourOfTheWindowRunsWithoutANetwork() throws Exception {
        Path shots = dir.resolve("shots");
        semblance(HEADLESS, "tour", "--table", "patients", "--out", shots.toString(), "--rows", "300", "--seed", "1",
                "--timeout", "500");
        try (Stream<Path> files = Files.list(shots)) {
            assertEquals(PICTURES, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String name : PICTURES) {
            Path png = shots.resolve(name);
            assertTrue(Files.size(png) > 10_000, name + " is " + Files.size(png) + " bytes");
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, name + " is a PNG");
            assertEquals(1440, image.getWidth(), name);
        }
    }

    /** metadata, synth (holdout, saved model), sample from the model, evaluate with JSON and HTML reports. */
    private void flow(Path table, String name) throws Exception {
        Path work = Files.createDirectories(dir.resolve(name));
        Path meta = work.resolve("meta.json");
        Path syn = work.resolve("synthetic.csv");
        Path holdout = work.resolve("holdout.csv");
        Path model = work.resolve("model.json");
        Path sampled = work.resolve("sampled.csv");
        Path json = work.resolve("report.json");
        Path html = work.resolve("report.html");
        semblance(List.of(), "metadata", table.toString(), "-o", meta.toString(), "-q");
        semblance(List.of(), "synth", table.toString(), "--metadata", meta.toString(), "-o", syn.toString(),
                "--rows", "500", "--seed", "1", "--holdout", "--holdout-out", holdout.toString(),
                "--save-model", model.toString(), "-q");
        semblance(List.of(), "sample", model.toString(), "--rows", "200", "--seed", "2", "-o", sampled.toString(), "-q");
        semblance(List.of(), "evaluate", table.toString(), syn.toString(), "--holdout", holdout.toString(),
                "--metadata", meta.toString(), "--json", json.toString(), "--html", html.toString(), "--seed", "1", "-q");

        assertEquals(501, Files.readAllLines(syn).size(), "header and 500 rows");
        assertEquals(201, Files.readAllLines(sampled).size(), "header and 200 rows");
        assertEquals(Files.readAllLines(table).get(0), Files.readAllLines(syn).get(0), "the table's columns");
        assertTrue(Files.readString(json).contains("\"quality\""), "the JSON report");
        assertTrue(Files.readString(html).contains("<svg"), "the HTML report with its charts");
    }

    /** Runs {@code semblance ARGS} in a JVM of its own, inside the namespace, with the tests' class path. */
    private void semblance(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.semblance.Main"));
        command.addAll(List.of(args));
        NoNetwork.Result r = namespace.run(command, dir, STEP);
        assertEquals(0, r.exit(), () -> "semblance " + String.join(" ", args) + " without a network:\n" + r.text());
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.semblance.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No command replaces a file that exists without --force: it says so in one line and leaves the file alone. */
class OverwriteCliTest extends CliTestBase {
    @TempDir
    Path dir;

    private Path existing(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "someone's file\n");
    }

    /** Runs the command, which names {@code kept} as an output, and checks it refused to replace it. */
    private void refused(Path kept, String... args) throws Exception {
        String content = Files.readString(kept);
        List<String> before;
        try (Stream<Path> s = Files.list(dir)) {
            before = s.map(Path::toString).sorted().toList();
        }
        assertEquals(ExitCodes.USAGE, run(args), String.join(" ", args) + ": " + err);
        assertEquals("error: " + kept + " already exists; add --force to replace it", err.toString().strip());
        assertEquals(content, Files.readString(kept));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(before, s.map(Path::toString).sorted().toList(), "nothing else written");
        }
    }

    @Test
    void everyOutputOfEveryCommandIsKeptWithoutForce() throws Exception {
        String credit = Fixtures.GERMAN_CREDIT.path().toString();
        Path model = dir.resolve("model.json");
        Path syn = dir.resolve("syn.csv");
        assertEquals(0, run("synth", credit, "-o", syn.toString(), "--rows", "50", "--seed", "1", "--save-model",
                model.toString(), "-q"), err::toString);
        Path meta = existing("meta.json");
        refused(meta, "metadata", credit, "-o", meta.toString(), "-q");
        Path out = existing("out.csv");
        refused(out, "synth", credit, "-o", out.toString(), "-q");
        refused(model, "synth", credit, "-o", dir.resolve("new.csv").toString(), "--save-model", model.toString());
        Path holdout = existing("holdout.csv");
        refused(holdout, "synth", credit, "-o", dir.resolve("new.csv").toString(), "--holdout", "--holdout-out",
                holdout.toString());
        Path provenance = existing("provenance.csv");
        refused(provenance, "synth", credit, "-o", dir.resolve("new.csv").toString(), "--strategy", "hybrid",
                "--sensitive", "amount", "--real-share", "0.5", "--provenance-out", provenance.toString());
        refused(out, "sample", model.toString(), "--rows", "10", "-o", out.toString());
        Path json = existing("report.json");
        Path html = existing("report.html");
        refused(json, "evaluate", credit, syn.toString(), "--json", json.toString());
        refused(html, "evaluate", credit, syn.toString(), "--json", dir.resolve("new.json").toString(), "--html",
                html.toString());
        refused(out, "sample-data", "patients", "--out", out.toString());
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.semblance.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A healthy synthesizer judged against the default 20% holdout, whose training table is four times its size: the
 * overfitting verdicts must not turn red for that alone, the report must say how the sizes were allowed for, and the
 * same seed must give the same numbers.
 */
class HoldoutSizeCliTest extends CliTestBase {
    @TempDir
    Path dir;

    private JsonNode evaluate(Path real, Path syn, Path holdout, String name) throws Exception {
        Path json = dir.resolve(name + ".json");
        Path html = dir.resolve(name + ".html");
        assertEquals(0, run("evaluate", real.toString(), syn.toString(), "--holdout", holdout.toString(), "--json",
                json.toString(), "--html", html.toString(), "-q"), err.toString());
        JsonNode r = new ObjectMapper().readTree(json.toFile());
        String page = Files.readString(html);
        for (JsonNode note : r.at("/privacy/notes")) {
            assertTrue(page.contains(note.asText().replace("'", "&#39;")), note.asText());
        }
        return r;
    }

    @Test
    void aCopulaRunOnAdultIsNotRedForOverfitting() throws Exception {
        Path real = Fixtures.ADULT.head(dir, 4000);
        Path syn = dir.resolve("syn.csv");
        Path holdout = dir.resolve("holdout.csv");
        assertEquals(0, run("synth", real.toString(), "-o", syn.toString(), "--seed", "1", "--holdout",
                "--holdout-out", holdout.toString(), "-q"), err.toString());
        JsonNode r = evaluate(real, syn, holdout, "a");

        JsonNode protection = r.at("/verdicts/dcr_overfitting_protection");
        assertTrue(!protection.at("/level").asText().equals("red"), protection.toString());
        assertEquals(0.5, r.at("/privacy/dcr_share").asDouble(), 0.05, r.at("/verdicts/dcr_share").toString());
        assertEquals(0.8, r.at("/privacy/dcr_share_chance").asDouble(), 1e-12);
        assertTrue(r.at("/verdicts/dcr_share/sentence").asText().startsWith("Allowing for 3,200 training rows"
                + " against 800 holdout rows, "), r.at("/verdicts/dcr_share/sentence").asText());
        assertEquals(3, r.at("/privacy/notes").size(), r.at("/privacy/notes").toString());
        assertEquals("For NNDR and the exact-match comparison, 800 of the 3,200 training rows were drawn at random to"
                + " match the holdout's size.", r.at("/privacy/notes/1").asText());

        JsonNode again = evaluate(real, syn, holdout, "b");
        assertEquals(r.at("/privacy"), again.at("/privacy"));
        assertEquals(r.at("/verdicts"), again.at("/verdicts"));
    }
}

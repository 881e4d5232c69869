// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.semblance.Fixtures;
import io.semblance.core.io.CsvWriter;
import io.semblance.core.io.TableReaders;
import io.semblance.core.model.Dataset;
import io.semblance.core.synth.Holdout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hybrid table of 2,400 adult rows (half built from real records, income and the capital columns redrawn),
 * evaluated with its provenance: the report must judge the fully synthetic rows and the real-based rows apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HybridEvaluateCliTest extends CliTestBase {
    static final String SENSITIVE = "income,capital-gain,capital-loss";
    @TempDir
    static Path dir;
    Path train;
    Path hold;
    Path hybrid;
    Path provenance;
    JsonNode json;
    String html;
    String summary;

    @BeforeAll
    void synthesizeAndEvaluate() throws Exception {
        Dataset adult = TableReaders.read(Fixtures.ADULT.path());
        Random rnd = new Random(8);
        int[] rows = rnd.ints(0, adult.rowCount()).distinct().limit(3000).sorted().toArray();
        Holdout split = Holdout.split(adult.selectRows(rows), 0.2, 8);
        train = dir.resolve("train.csv");
        hold = dir.resolve("hold.csv");
        CsvWriter.write(split.training(), train, true);
        CsvWriter.write(split.holdout(), hold, true);
        hybrid = dir.resolve("hybrid.csv");
        provenance = dir.resolve("p.csv");
        assertEquals(0, run("synth", train.toString(), "-o", hybrid.toString(), "--strategy", "hybrid", "--sensitive",
                SENSITIVE, "--real-share", "0.5", "--provenance-out", provenance.toString(), "--seed", "5", "-q"),
                err.toString());
        Path j = dir.resolve("r.json");
        Path h = dir.resolve("r.html");
        assertEquals(0, run("evaluate", train.toString(), hybrid.toString(), "--holdout", hold.toString(),
                "--provenance", provenance.toString(), "--sensitive", SENSITIVE, "--json", j.toString(), "--html",
                h.toString()), err.toString());
        summary = err.toString();
        json = new ObjectMapper().readTree(j.toFile());
        html = Files.readString(h);
    }

    @Test
    void theReportRecordsTheHybridTableAndItsTwoPrivacyParts() {
        assertEquals(2400, json.at("/hybrid/rows").asInt());
        assertEquals(1200, json.at("/hybrid/real_based_rows").asInt());
        assertEquals(1200, json.at("/hybrid/fully_synthetic_rows").asInt());
        assertEquals(0.5, json.at("/hybrid/real_based_share").asDouble(), 1e-12);
        assertEquals("provenance", json.at("/files/3/role").asText());
        // the fully synthetic part: the usual keys, and no copies of real rows
        for (String key : List.of("exact_match_rate", "dcr_share", "identifiability", "cap", "disco")) {
            assertFalse(json.at("/privacy/" + key).isMissingNode(), key);
            assertFalse(json.at("/verdicts/" + key + "/level").isMissingNode(), key);
        }
        assertEquals(0.0, json.at("/privacy/exact_match_rate").asDouble(), 0.01);
        // the real-based part: no distance metric, the sensitive-value check and disclosure on these rows alone
        JsonNode part = json.at("/privacy_real_based");
        for (String key : List.of("exact_match_rate", "dcr_share", "dcr_baseline_protection", "nndr", "identifiability")) {
            assertTrue(part.at("/" + key).isMissingNode() && part.at("/real_based_" + key).isMissingNode(), key);
        }
        for (String key : List.of("real_based_sensitive_disclosure", "real_based_cap", "real_based_disco",
                "real_based_records_at_risk")) {
            assertTrue(part.at("/" + key).isNumber(), key);
            assertFalse(json.at("/verdicts/" + key + "/sentence").asText().isEmpty(), key);
        }
        assertEquals("holdout", part.at("/baseline").asText());
        assertEquals(1200, part.at("/rows").asInt());
        for (String column : SENSITIVE.split(",")) {
            JsonNode c = part.at("/sensitive_columns/" + column);
            assertTrue(c.at("/match_rate").isNumber() && c.at("/marginal_rate").isNumber()
                    && c.at("/holdout_rate").isNumber(), column + ": " + c);
        }
        assertTrue(part.at("/note").asText().contains("zero by construction"));
        // redrawn from a model, the attached values tell no more than the table tells about unseen people
        assertNotEquals("red", json.at("/verdicts/real_based_sensitive_disclosure/level").asText(),
                json.at("/verdicts/real_based_sensitive_disclosure/sentence").asText());
    }

    @Test
    void htmlAndSummaryShowBothParts() {
        assertTrue(html.contains("Hybrid table."), "no hybrid banner");
        assertTrue(html.contains("Privacy of the 1,200 fully synthetic rows"));
        assertTrue(html.contains("Privacy of the 1,200 rows built from real records"));
        assertTrue(html.contains("Are the attached sensitive values the person's own?"));
        assertTrue(summary.contains("hybrid table: 1,200 of 2,400 rows (50.0%) are built from real records"), summary);
        assertTrue(summary.indexOf("privacy of the 1,200 fully synthetic rows:")
                < summary.indexOf("privacy of the 1,200 rows built from real records:"), summary);
        assertTrue(summary.contains("Real-based: sensitive values disclosed"), summary);
    }

    @Test
    void withoutProvenanceTheWholeTableIsJudgedAsBefore() throws Exception {
        Path j = dir.resolve("whole.json");
        assertEquals(0, run("evaluate", train.toString(), hybrid.toString(), "--holdout", hold.toString(),
                "--sensitive", SENSITIVE, "--json", j.toString(), "-q"), err.toString());
        JsonNode whole = new ObjectMapper().readTree(j.toFile());
        assertTrue(whole.at("/hybrid").isMissingNode() && whole.at("/privacy_real_based").isMissingNode());
        assertTrue(whole.at("/verdicts/real_based_cap").isMissingNode());
        // real-based rows whose redrawn values happen to be their own count as copies of training rows
        assertTrue(whole.at("/privacy/exact_match_rate").asDouble() > 0.1, whole.at("/privacy").toString());
        assertEquals("red", whole.at("/verdicts/exact_match_rate/level").asText());
    }

    @Test
    void aProvenanceOfAnotherLengthExitsThreeWithOneLine() throws Exception {
        List<String> lines = Files.readAllLines(provenance);
        Path shorter = dir.resolve("short.csv");
        Files.write(shorter, lines.subList(0, lines.size() - 1));
        assertEquals(3, run("evaluate", train.toString(), hybrid.toString(), "--provenance", shorter.toString(),
                "--sensitive", SENSITIVE, "--json", dir.resolve("x.json").toString(), "-q"));
        assertEquals("error: short.csv: the provenance file describes 2,399 rows but the synthetic table has 2,400:"
                + " give the provenance written with this synthetic table", err.toString().strip());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void aProvenanceForAnotherRealTableExitsThree() {
        assertEquals(3, run("evaluate", hold.toString(), hybrid.toString(), "--provenance", provenance.toString(),
                "--sensitive", SENSITIVE, "--json", dir.resolve("y.json").toString(), "-q"));
        assertTrue(err.toString().strip().matches("error: p\\.csv: provenance line \\d+: real_row \"\\d+\" is not a"
                + " data row of the real table \\(1 to 600\\): give the real table synth read"), err.toString());
    }
}

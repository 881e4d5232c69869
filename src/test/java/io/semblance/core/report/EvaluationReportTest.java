// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.semblance.Fixtures;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.Holdout;
import io.semblance.core.synth.Synthesis;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The assembled report: the training data passed as synthetic must look like a leak, with the documented keys. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationReportTest {
    EvaluationReport copy;
    JsonNode json;

    @BeforeAll
    void evaluateTheTrainingDataAgainstItself() throws Exception {
        Dataset d = TableReaders.read(Fixtures.GERMAN_CREDIT.path());
        Metadata meta = Synthesis.detect(d, ProgressListener.NONE, Cancellation.NEVER);
        Holdout split = Holdout.split(d, 0.3, 1);
        List<InputFile> files = List.of(InputFile.of("real", Fixtures.GERMAN_CREDIT.path(), d.rowCount()));
        copy = Evaluation.run(new Evaluation.Request(d, split.training(), split.holdout(), meta,
                List.of("age", "personal_status", "job", "housing", "property"), List.of("default"), "default", 3, 0.2,
                Thresholds.defaults()), files, "test", ProgressListener.NONE, Cancellation.NEVER);
        json = new ObjectMapper().readTree(ReportJson.write(copy));
    }

    private MetricResult metric(String key) {
        return java.util.stream.Stream.of(copy.fidelity(), copy.privacy().metrics(), copy.utility().metrics())
                .flatMap(List::stream).filter(m -> m.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void copyingTheTrainingDataIsRed() {
        assertEquals(1.0, metric("exact_match_rate").value(), 1e-12);
        for (String key : List.of("exact_match_rate", "new_row_synthesis", "dcr_baseline_protection",
                "dcr_overfitting_protection", "disclosure_protection")) {
            assertEquals(Level.RED, metric(key).level(), key + ": " + metric(key));
        }
        assertEquals(1.0, copy.quality().columnShapes(), 1e-12);
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        for (String path : List.of("/quality/score", "/quality/column_shapes", "/quality/column_pair_trends",
                "/quality/score_all_pairs", "/quality/columns/age/metric", "/quality/columns/age/score",
                "/diagnostic/score", "/privacy/exact_match_rate", "/privacy/new_row_synthesis",
                "/privacy/dcr_baseline_protection", "/privacy/dcr_overfitting_protection", "/privacy/dcr_share",
                "/privacy/disclosure_protection", "/utility/discriminator_auc", "/verdicts/dcr_share/level",
                "/settings/seed", "/files/0/sha256")) {
            assertFalse(json.at(path).isMissingNode(), path);
        }
        assertTrue(json.at("/quality/pairs").isArray() && json.at("/quality/pairs").size() > 0);
        assertEquals(64, json.at("/files/0/sha256").asText().length());
    }

    @Test
    void htmlIsOneSelfContainedPage() {
        String html = ReportHtml.write(copy);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        String links = html.replace(ReportMark.img(), "");
        assertFalse(links.contains("http:") || links.contains("https:") || links.contains("src=") || links.contains("<link"),
                "external reference in the report");
        assertTrue(html.contains("<h1>" + ReportMark.img() + "Evaluation of synthetic data for "), "the mark heads it");
        assertTrue(html.contains(copy.files().get(0).sha256()));
        assertTrue(html.contains("<svg"));
        assertNotNull(copy.dcr());
    }

    @Test
    void anAcknowledgementOfRedVerdictsOpensBothReports() throws Exception {
        List<MetricResult> red = copy.verdicts(Level.RED);
        assertTrue(red.size() >= 5, red::toString);
        Acknowledgement ack = new Acknowledgement("a.steward", java.time.Instant.parse("2025-03-04T05:06:07Z"),
                "Shared with the <internal> audit team only & deleted after review", red);

        String html = ReportHtml.write(copy, ack);
        int box = html.indexOf("<div class='ack' id='acknowledgement'>");
        assertTrue(box > 0 && box < html.indexOf("<h2>Summary</h2>"), "shown before the summary");
        assertTrue(html.contains("Acknowledged by <b>a.steward</b> on 2025-03-04 05:06:07 UTC"));
        assertTrue(html.contains("Shared with the &lt;internal&gt; audit team only &amp; deleted after review"));
        for (MetricResult m : red) {
            assertTrue(html.substring(box, html.indexOf("</div>", box)).contains(m.label()), m.label());
        }
        assertFalse(ReportHtml.write(copy).contains("id='acknowledgement'"), "no acknowledgement, no box");

        JsonNode withAck = new ObjectMapper().readTree(ReportJson.write(copy, ack));
        assertEquals("acknowledgement", withAck.fieldNames().next(), "the first key");
        assertEquals("a.steward", withAck.at("/acknowledgement/by").asText());
        assertEquals("2025-03-04T05:06:07Z", withAck.at("/acknowledgement/at").asText());
        assertEquals(ack.reason(), withAck.at("/acknowledgement/reason").asText());
        assertEquals(red.size(), withAck.at("/acknowledgement/verdicts").size());
        assertEquals(red.get(0).key(), withAck.at("/acknowledgement/verdicts/0/key").asText());
        assertTrue(json.at("/acknowledgement").isMissingNode());
    }

    @Test
    void anAcknowledgementNeedsAReasonAndRedVerdicts() {
        java.time.Instant now = java.time.Instant.now();
        List<MetricResult> red = copy.verdicts(Level.RED);
        assertThrows(IllegalArgumentException.class, () -> new Acknowledgement("me", now, "  ", red));
        assertThrows(IllegalArgumentException.class, () -> new Acknowledgement("me", now, "why", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Acknowledgement("me", now, "why",
                List.of(metric("quality_score"))));
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.evaluate.ValidityReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable report. Top-level objects: {@code files}, {@code settings}, {@code quality},
 * {@code diagnostic}, {@code validity}, {@code privacy}, {@code utility}, {@code verdicts}, {@code seconds}; with a
 * provenance also {@code hybrid} (row counts) and {@code privacy_real_based} (the rows built from real records, whose
 * metric keys start with {@code real_based_}), {@code privacy} then covering the fully synthetic rows only.
 * Each metric of a section appears as {@code section.<key>} (its value; null when not computable); its verdict
 * and sentence under {@code verdicts.<key>}. A release acknowledging red verdicts adds {@code acknowledgement}
 * first: {@code by}, {@code at} (ISO-8601 instant), {@code reason} and {@code verdicts} (key, label, value).
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** The report as pretty-printed JSON. */
    public static String write(EvaluationReport r) {
        return write(r, null);
    }

    /** The report as pretty-printed JSON, with an {@code acknowledgement} object first when one is given. */
    public static String write(EvaluationReport r, Acknowledgement ack) {
        ObjectNode root = MAPPER.createObjectNode();
        if (ack != null) {
            ObjectNode a = root.putObject("acknowledgement");
            a.put("by", ack.by()).put("at", ack.at().toString()).put("reason", ack.reason());
            ArrayNode red = a.putArray("verdicts");
            for (MetricResult m : ack.verdicts()) {
                red.addObject().put("key", m.key()).put("label", m.label()).put("value", number(m.value()));
            }
        }
        ArrayNode files = root.putArray("files");
        for (InputFile f : r.files()) {
            files.addObject().put("role", f.role()).put("name", f.name()).put("rows", f.rows()).put("sha256", f.sha256());
        }
        ObjectNode s = root.putObject("settings");
        s.putPOJO("quasi_identifiers", r.settings().qi());
        s.putPOJO("sensitive", r.settings().sensitive());
        s.put("target", r.settings().target());
        s.put("seed", r.settings().seed());
        s.put("risk_threshold", r.settings().tau());
        s.put("version", r.settings().version());
        quality(root.putObject("quality"), r.quality());
        ObjectNode d = root.putObject("diagnostic");
        d.put("score", r.diagnostic().score());
        d.put("data_validity", r.diagnostic().validity());
        d.put("data_structure", r.diagnostic().structure());
        columns(d.putObject("columns"), r.diagnostic().columns());
        ObjectNode v = root.putObject("validity");
        for (ValidityReport.ColumnValidity c : r.validity().columns()) {
            v.putObject(c.column()).put(snake(c.adherenceMetric()), c.adherence()).put(snake(c.coverageMetric()), c.coverage())
                    .put("missing_value_similarity", c.missingValueSimilarity());
        }
        HybridSection hybrid = r.hybrid();
        if (hybrid != null) {
            root.putObject("hybrid").put("rows", hybrid.rows()).put("real_based_rows", hybrid.realBasedRows())
                    .put("fully_synthetic_rows", hybrid.syntheticRows())
                    .put("real_based_share", number(hybrid.realBasedShare()));
        }
        section(root.putObject("privacy"), r.privacy());
        if (hybrid != null) {
            section(root.putObject("privacy_real_based"), hybrid.privacy());
        }
        section(root.putObject("utility"), r.utility());
        ObjectNode verdicts = root.putObject("verdicts");
        for (MetricResult m : r.verdicts()) {
            verdicts.putObject(m.key()).put("label", m.label()).put("value", number(m.value()))
                    .put("level", m.level().name().toLowerCase(Locale.ROOT)).put("sentence", m.sentence());
        }
        root.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void quality(ObjectNode q, QualityReport r) {
        q.put("score", number(r.score()));
        q.put("column_shapes", number(r.columnShapes()));
        q.put("column_pair_trends", number(r.columnPairTrends()));
        q.put("score_all_pairs", number(r.allPairsMean()));
        columns(q.putObject("columns"), r.columns());
        ArrayNode pairs = q.putArray("pairs");
        for (QualityReport.PairScore p : r.pairs()) {
            pairs.addObject().put("column_a", p.columnA()).put("column_b", p.columnB()).put("metric", p.metric())
                    .put("score", number(p.score())).put("real_association", number(p.realAssociation()))
                    .put("counted", p.counted());
        }
    }

    private static void columns(ObjectNode node, List<QualityReport.ColumnScore> scores) {
        for (QualityReport.ColumnScore c : scores) {
            node.putObject(c.column()).put("metric", c.metric()).put("score", number(c.score()));
        }
    }

    private static void section(ObjectNode node, Section s) {
        for (MetricResult m : s.metrics()) {
            node.put(m.key(), number(m.value()));
        }
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(s.details()).entrySet()) {
            node.set(e.getKey(), MAPPER.valueToTree(e.getValue()));
        }
    }

    /** NaN and infinities become null (JSON has no NaN). */
    private static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}

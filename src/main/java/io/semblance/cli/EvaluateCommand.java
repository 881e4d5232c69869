// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.io.AtomicFiles;
import io.semblance.core.job.Cancellation;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.Evaluation;
import io.semblance.core.report.EvaluationReport;
import io.semblance.core.report.InputFile;
import io.semblance.core.report.ReportHtml;
import io.semblance.core.report.ReportJson;
import io.semblance.core.evaluate.Threshold;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.hybrid.Provenance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures fidelity, privacy and utility of a synthetic table and writes JSON and HTML reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compare a synthetic table with the real one: fidelity, validity, privacy and utility, with a"
                + " verdict for each metric.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REAL", description = "The real table the synthesizer learned from"
            + " (it may still contain the holdout rows: they are set aside).")
    Path real;

    @Parameters(index = "1", paramLabel = "SYN", description = "The synthetic table.")
    Path synthetic;

    @Option(names = "--holdout", paramLabel = "H.csv", description = "Real rows the synthesizer never saw.")
    Path holdout;

    @Option(names = "--provenance", paramLabel = "P.csv", description = "The provenance synth --strategy hybrid wrote"
            + " (--provenance-out): judge the privacy of the rows built from real records apart from that of the fully"
            + " synthetic rows. REAL must then be the table synth read, and --sensitive the columns it redrew.")
    Path provenance;

    @Option(names = "--metadata", paramLabel = "META.json", description = "Column types and roles (default: detected from REAL).")
    Path metadata;

    @Option(names = "--qi", split = ",", paramLabel = "COL", description = "Quasi-identifiers (default: the metadata's).")
    List<String> qi;

    @Option(names = "--sensitive", split = ",", paramLabel = "COL", description = "Sensitive columns (default: the metadata's).")
    List<String> sensitive;

    @Option(names = "--target", paramLabel = "COL", description = "Column to predict for ML efficacy (needs --holdout).")
    String target;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the report as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "OUT.html", description = "Write the report as one self-contained HTML page.")
    Path html;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the evaluation's own randomness (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--risk-threshold", defaultValue = "0.2", paramLabel = "TAU",
            description = "Re-identification risk above which a record counts as at risk (default: ${DEFAULT-VALUE}).")
    double tau;

    @Option(names = "--threshold", paramLabel = "KEY=GREEN:RED", description = "Change where a metric's verdict turns"
            + " amber and red, e.g. --threshold dcr_share=0.55:0.7 (repeatable; keys as in the JSON report's verdicts).")
    List<String> thresholdOverrides;

    @Option(names = "--force", description = "Replace report files that exist.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (json == null && html == null) {
            throw new Cli.UsageException("give --json OUT.json and/or --html OUT.html");
        }
        if (!(tau > 0 && tau <= 1)) {
            throw new Cli.UsageException("--risk-threshold must be in (0, 1], got " + tau);
        }
        Outputs.refuseExisting(json, force);
        Outputs.refuseExisting(html, force);
        Thresholds chosen = thresholds();
        var err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(System.err, quiet);
        ReadOptionsMixin read = new ReadOptionsMixin();
        Dataset r = Inputs.table(real, read, progress, err);
        Dataset s = Inputs.table(synthetic, read, progress, err);
        Dataset h = holdout == null ? null : Inputs.table(holdout, read, progress, err);
        Metadata meta = metadata != null ? Inputs.metadata(metadata) : Synthesis.detect(r, progress, Cancellation.NEVER);
        List<String> q = qi != null ? qi : meta.withRole(ColumnRole.QUASI_IDENTIFIER);
        List<String> sa = sensitive != null ? sensitive : meta.withRole(ColumnRole.SENSITIVE);
        checkColumns(r, q, "--qi");
        checkColumns(r, sa, "--sensitive");
        if (target != null) {
            checkColumns(r, List.of(target), "--target");
        }
        Provenance prov = null;
        if (provenance != null) {
            if (sa.isEmpty()) {
                throw new Cli.UsageException("--provenance needs the sensitive columns hybrid synthesis redrew: give"
                        + " --sensitive COL[,COL...]");
            }
            Dataset p = Inputs.table(provenance, read, progress, err);
            try {
                prov = Provenance.read(p, s.rowCount(), r.rowCount());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(provenance.getFileName() + ": " + e.getMessage());
            }
        }
        List<InputFile> files = new ArrayList<>();
        files.add(InputFile.of("real", real, r.rowCount()));
        files.add(InputFile.of("synthetic", synthetic, s.rowCount()));
        if (h != null) {
            files.add(InputFile.of("holdout", holdout, h.rowCount()));
        }
        if (prov != null) {
            files.add(InputFile.of("provenance", provenance, prov.rows()));
        }
        if (metadata != null) {
            files.add(InputFile.of("metadata", metadata, -1));
        }
        EvaluationReport report = Evaluation.run(new Evaluation.Request(r, s, h, meta, q, sa, target, seed, tau,
                chosen, prov), files, new Version().getVersion()[0], progress, Cancellation.NEVER);
        progress.done();
        if (json != null) {
            byte[] b = ReportJson.write(report).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(json, force, out -> out.write(b));
        }
        if (html != null) {
            byte[] b = ReportHtml.write(report).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(html, force, out -> out.write(b));
        }
        if (!quiet) {
            Summary.print(report, err);
        }
        return ExitCodes.OK;
    }

    private Thresholds thresholds() {
        Thresholds t = Thresholds.defaults();
        for (String o : thresholdOverrides == null ? List.<String>of() : thresholdOverrides) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z_]+)=([-0-9.eE]+):([-0-9.eE]+)").matcher(o.strip());
            if (!m.matches()) {
                throw new Cli.UsageException("--threshold takes KEY=GREEN:RED, e.g. dcr_share=0.55:0.7; got \"" + o + "\"");
            }
            Threshold old;
            try {
                old = t.get(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new Cli.UsageException("--threshold: unknown metric \"" + m.group(1) + "\"");
            }
            double green = Double.parseDouble(m.group(2));
            double red = Double.parseDouble(m.group(3));
            if (old.higherIsBetter() ? green < red : green > red) {
                throw new Cli.UsageException("--threshold " + m.group(1) + ": " + (old.higherIsBetter() ? "higher" : "lower")
                        + " is better for this metric, so GREEN must be " + (old.higherIsBetter() ? "at least" : "at most")
                        + " RED");
            }
            t = t.with(m.group(1), new Threshold(green, red, old.higherIsBetter()));
        }
        return t;
    }

    private static void checkColumns(Dataset d, List<String> cols, String option) {
        List<String> unknown = cols.stream().filter(c -> d.indexOf(c) < 0).toList();
        if (!unknown.isEmpty()) {
            throw new Cli.UsageException(option + " names columns the real table does not have: " + String.join(", ", unknown));
        }
    }
}

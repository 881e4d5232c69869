// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.Evaluation;
import io.semblance.core.report.EvaluationReport;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Holdout;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.SampleWriter;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finished runs made as the Synthesize step makes them: fit, write the rows to a file, read them back, evaluate. */
final class CompareRuns {
    private static final ProgressListener QUIET = ProgressListener.NONE;
    private static Run germanCredit;

    private CompareRuns() {
    }

    /** A run on sample-data/german_credit.csv (1,000 rows, 21 columns): 20% holdout, 600 synthetic rows, seed 11. */
    static synchronized Run germanCredit() throws Exception {
        if (germanCredit == null) {
            germanCredit = of(Fixtures.GERMAN_CREDIT.path(), 600, 11);
        }
        return germanCredit;
    }

    /**
     * A run on a 26-column table, written to {@code dir}: sample-data/german_credit.csv with five columns added
     * under long names (bands and ratios of its own columns), 600 synthetic rows, seed 11.
     */
    static Run wide(Path dir) throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.GERMAN_CREDIT.path());
        List<String> header = List.of(lines.get(0).split(","));
        int checking = header.indexOf("checking_balance");
        int months = header.indexOf("months_loan_duration");
        int amount = header.indexOf("amount");
        int age = header.indexOf("age");
        int purpose = header.indexOf("purpose");
        List<String> wide = new ArrayList<>();
        wide.add(lines.get(0) + ",checking_account_balance_band_at_the_time_of_application"
                + ",loan_duration_in_whole_years_rounded_down,amount_requested_per_month_of_the_loan"
                + ",applicant_age_band_in_decades_at_application,purpose_of_the_loan_as_stated_by_the_applicant");
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            int m = Integer.parseInt(v[months]);
            wide.add(line + "," + v[checking] + "," + m / 12 + "," + Integer.parseInt(v[amount]) / m + ","
                    + Integer.parseInt(v[age]) / 10 * 10 + "s," + v[purpose]);
        }
        return of(Files.write(dir.resolve("wide.csv"), wide), 600, 11);
    }

    /** A run on any table: the copula fitted to 80% of its rows, {@code rows} synthetic rows under {@code seed}. */
    static Run of(Path table, int rows, long seed) throws Exception {
        Dataset real = TableReaders.read(table);
        Metadata meta = Synthesis.detect(real, QUIET, Cancellation.NEVER);
        Holdout split = Holdout.split(real, 0.2, seed);
        FittedModel model = Synthesis.fit("copula", split.training(), meta, seed, Locale.US, QUIET, Cancellation.NEVER);
        Path dir = Files.createTempDirectory("compare-run");
        Path out = dir.resolve("synthetic.csv");
        Dataset synthetic;
        try {
            new SampleWriter().write(model, rows, seed, out, false, QUIET, Cancellation.NEVER);
            synthetic = TableReaders.read(out);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
        EvaluationReport report = Evaluation.run(new Evaluation.Request(real, synthetic, split.holdout(), meta,
                List.of(), List.of(), null, seed, 0.2, Thresholds.defaults()), List.of(), "test", QUIET,
                Cancellation.NEVER);
        return new Run(1, RunSettings.defaults(rows, seed), meta, split.training(), split.holdout(), synthetic, model,
                report, Duration.ofSeconds(1), List.of(), null);
    }
}

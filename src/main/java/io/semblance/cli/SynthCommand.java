// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.job.Cancellation;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.io.CsvWriter;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Holdout;
import io.semblance.core.synth.ModelFiles;
import io.semblance.core.synth.Seeds;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.cart.CartModel;
import io.semblance.core.synth.cart.CartOptions;
import io.semblance.core.synth.cart.PartialCart;
import io.semblance.core.synth.constraints.ConstraintSet;
import io.semblance.core.synth.hybrid.HybridSynthesis;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Fits a model to a table and writes synthetic rows. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Fit a model to DATA and write a synthetic table.")
public final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "Input table (.csv, .tsv, .txt, .xlsx).")
    Path data;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.csv", description = "Synthetic table to write.")
    Path output;

    @Option(names = "--metadata", paramLabel = "META.json",
            description = "SDV metadata with column types and roles (default: detected).")
    Path metadata;

    @Option(names = "--rows", paramLabel = "N", description = "Rows to generate (default: as many as the input).")
    Long rows;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed; the same seed gives the same file (default: random, printed).")
    Long seed;

    @Option(names = "--model", defaultValue = "copula", paramLabel = "NAME", description = "Model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = Models.class)
    String model;

    @Option(names = "--min-leaf", paramLabel = "N",
            description = "cart: fewest real rows in a tree leaf; larger mixes more rows into each value (default:"
                    + " 1/160 of the rows, between 5 and 100).")
    Integer minLeaf;

    @Option(names = "--smoothing", negatable = true, paramLabel = "",
            description = "cart: add noise scaled to the leaf's spread to numeric values (default: on).")
    Boolean smoothing;

    @Option(names = "--visit-sequence", split = ",", paramLabel = "COL",
            description = "cart: the columns to synthesize first, in this order, comma-separated; each is drawn given"
                    + " the ones before it. The other modelled columns follow, fewest distinct values first. The"
                    + " sequence used is printed.")
    java.util.List<String> visitSequence;

    @Option(names = "--strategy", defaultValue = "full", paramLabel = "NAME",
            description = "full: every value generated, no real row leaves (default). partial: the real rows are"
                    + " kept and only the --sensitive columns are redrawn, given each row's other values; identifier"
                    + " and personal-data columns are generated as in full. hybrid: a --real-share of the rows keep a"
                    + " real record's other values with the --sensitive values of its nearest synthetic row; the"
                    + " rest are fully synthetic.")
    String strategy;

    @Option(names = "--sensitive", split = ",", paramLabel = "COL",
            description = "partial, hybrid: the columns to redraw, comma-separated.")
    java.util.List<String> sensitive;

    @Option(names = "--real-share", paramLabel = "SHARE",
            description = "hybrid: share of the output rows built from real records, 0 to 1.")
    Double realShare;

    @Option(names = "--provenance-out", paramLabel = "P.csv",
            description = "hybrid: write which output rows came from which real record (for evaluate --provenance)."
                    + " SENSITIVE: it links the output to the real rows; keep it like the real data and never share it"
                    + " with the output.")
    Path provenanceOut;

    @Option(names = "--condition", paramLabel = "COL=VALUE",
            description = "Generate only rows where COL equals VALUE, or, for a numeric or date column, lies"
                    + " in FROM..TO (inclusive; FROM.. and ..TO are open). Repeatable; every condition holds.")
    java.util.List<String> conditions;

    @Option(names = "--constraint", paramLabel = "RULE",
            description = "Every output row meets RULE: \"A <= B\" (or <, >=, >) between two numeric or date"
                    + " columns, \"COL in LO..HI\" (inclusive), \"COL > 0\" (or >=, <, <=), \"fixed(A, B, ...)\""
                    + " (only combinations found in the real rows), or \"unique(A, ...)\" (no two rows share the"
                    + " values). Repeatable; adds to the metadata's \"constraints\". Real rows breaking one are"
                    + " reported; partial synthesis keeps those whose rule reads only kept columns.")
    java.util.List<String> constraints;

    @Option(names = "--rebalance", paramLabel = "COL",
            description = "Set the class shares of a categorical or boolean column (equal by default).")
    String rebalance;

    @Option(names = "--shares", paramLabel = "V=SHARE,...",
            description = "With --rebalance: the shares of the named classes, summing to 1 (e.g. yes=0.3,no=0.7).")
    String shares;

    @Option(names = "--holdout", arity = "0..1", fallbackValue = "0.2", paramLabel = "SHARE",
            description = "Set aside this share of the real rows (seeded) before fitting, as unseen rows for"
                    + " evaluation (0.2 when given without a value; default: none).")
    Double holdout;

    @Option(names = "--holdout-out", paramLabel = "H.csv",
            description = "Write the held-out real rows here (for evaluate --holdout). Needs --holdout.")
    Path holdoutOut;

    @Option(names = "--save-model", paramLabel = "FILE", description = "Also save the fitted model, to sample more rows later.")
    Path saveModel;

    @Option(names = "--locale", defaultValue = "en-US", paramLabel = "TAG",
            description = "Locale of generated names, addresses and phone numbers (default: ${DEFAULT-VALUE}).")
    String locale;

    @Option(names = "--force", description = "Replace output files that exist.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @Mixin
    ReadOptionsMixin read = new ReadOptionsMixin();

    @Override
    public Integer call() throws Exception {
        if (!Synthesis.MODELS.contains(model)) {
            throw new Cli.UsageException("unknown --model \"" + model + "\"; available: " + String.join(", ", Synthesis.MODELS));
        }
        if (!model.equals("cart") && (minLeaf != null || smoothing != null || visitSequence != null)) {
            throw new Cli.UsageException("--min-leaf, --[no-]smoothing and --visit-sequence apply to --model cart only");
        }
        if (minLeaf != null && minLeaf < 1) {
            throw new Cli.UsageException("--min-leaf must be at least 1");
        }
        boolean partial = strategy.equals("partial");
        boolean hybrid = strategy.equals("hybrid");
        if (!partial && !hybrid && !strategy.equals("full")) {
            throw new Cli.UsageException("unknown --strategy \"" + strategy + "\"; available: full, partial, hybrid");
        }
        if (!partial && !hybrid && sensitive != null) {
            throw new Cli.UsageException("--sensitive needs --strategy partial or hybrid");
        }
        checkHybrid(hybrid);
        if (partial && (sensitive == null || sensitive.stream().allMatch(String::isBlank))) {
            throw new Cli.UsageException("--strategy partial needs --sensitive COL[,COL...]");
        }
        if (partial && rows != null) {
            throw new Cli.UsageException("--rows does not apply to --strategy partial: the output has the input's rows");
        }
        if (partial && visitSequence != null) {
            throw new Cli.UsageException("--visit-sequence does not apply to --strategy partial: the kept columns are"
                    + " visited first and the --sensitive ones last");
        }
        if (partial && saveModel != null) {
            throw new Cli.UsageException("--save-model does not apply to --strategy partial: the output is bound to"
                    + " the input's rows");
        }
        Conditioning conditioning = conditioning(partial || hybrid);
        if (rows != null && rows < 0) {
            throw new Cli.UsageException("--rows must be 0 or more");
        }
        Outputs.refuseExisting(output, force);
        Outputs.refuseExisting(saveModel, force);
        if (holdoutOut != null && holdout == null) {
            throw new Cli.UsageException("--holdout-out needs --holdout");
        }
        if (holdout != null && !(holdout >= 0 && holdout < 1)) {
            throw new Cli.UsageException("--holdout must be at least 0 and below 1, got " + holdout);
        }
        Outputs.refuseExisting(holdoutOut, force);
        var err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(System.err, quiet);
        Metadata meta = metadata == null ? null : Inputs.metadata(metadata);
        Dataset d = Inputs.table(data, read, progress, err);
        if (meta == null) {
            meta = Synthesis.detect(d, progress, Cancellation.NEVER);
        }
        long s = seed != null ? seed : Seeds.fresh();
        Dataset training = d;
        if (holdout != null) {
            Holdout split = Holdout.split(d, holdout, s);
            training = split.training();
            if (holdoutOut != null) {
                CsvWriter.write(split.holdout(), holdoutOut, force);
            }
        }
        java.util.List<String> sequence = visitSequence == null ? java.util.List.of()
                : visitSequence.stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
        CartOptions cart = new CartOptions(minLeaf != null ? minLeaf : CartOptions.AUTOMATIC,
                smoothing == null || smoothing, sequence);
        if (conditioning != null) {
            cart = cart.leadingWith(meta, conditioning.conditions(), conditioning.rebalance());
        }
        ConstraintSet limits = ConstraintOptions.prepare(constraints, meta, training, err);
        if (hybrid) {
            return hybrid(training, meta, limits, s, cart, progress, err);
        }
        if (partial) {
            java.util.List<String> names = sensitive.stream().map(String::strip).filter(x -> !x.isEmpty())
                    .distinct().toList();
            ConstraintSet.Partial p = limits.partial(model, names, s, Locale.forLanguageTag(locale), cart, progress,
                    Cancellation.NEVER);
            ConstraintOptions.notes(limits, p, err);
            new SampleWriter().write(p.model(), training.rowCount(), s, output, force, progress, Cancellation.NEVER);
            return finish(progress, s, p.fitted(), err);
        }
        ConstraintOptions.checkJoined(limits, saveModel != null, conditioning == null ? java.util.List.of()
                : conditioning.columns());
        FittedModel m = limits.fit(model, s, Locale.forLanguageTag(locale), cart, progress, Cancellation.NEVER);
        FittedModel fitted = m;
        if (saveModel != null) {
            FittedModel saved = limits.full(m);
            ModelFiles.save(saved, saveModel, force);
            if (ModelFiles.holdsRealValues(saved)) {
                err.println("warning: " + saveModel + " holds real values from the training data (in the cart"
                        + " model's leaves); protect it like the data itself");
                err.flush();
            }
        }
        long n = rows != null ? rows : d.rowCount();
        if (conditioning != null) {
            conditioning.checkShares(d);
            m = Synthesis.conditioned(m, conditioning.conditions(), conditioning.rebalance());
        }
        m = limits.full(m);
        new SampleWriter().write(m, n, s, output, force, progress, Cancellation.NEVER);
        return finish(progress, s, fitted, err);
    }

    private void checkHybrid(boolean hybrid) throws java.io.IOException {
        if (!hybrid) {
            if (realShare != null || provenanceOut != null) {
                throw new Cli.UsageException("--real-share and --provenance-out need --strategy hybrid");
            }
            return;
        }
        if (sensitive == null || sensitive.stream().allMatch(String::isBlank)) {
            throw new Cli.UsageException("--strategy hybrid needs --sensitive COL[,COL...]");
        }
        if (realShare == null) {
            throw new Cli.UsageException("--strategy hybrid needs --real-share SHARE (0 to 1)");
        }
        if (!(realShare >= 0 && realShare <= 1)) {
            throw new Cli.UsageException("--real-share must be between 0 and 1, got " + realShare);
        }
        if (saveModel != null) {
            throw new Cli.UsageException("--save-model does not apply to --strategy hybrid: the output is bound to"
                    + " the input's rows");
        }
        if (holdout != null) {
            throw new Cli.UsageException("--holdout does not apply to --strategy hybrid");
        }
        Outputs.refuseExisting(provenanceOut, force);
    }

    private Integer hybrid(Dataset training, Metadata meta, ConstraintSet limits, long s, CartOptions cart,
                           ConsoleProgress progress, java.io.PrintWriter err) throws Exception {
        java.util.List<String> names = sensitive.stream().map(String::strip).filter(x -> !x.isEmpty())
                .distinct().toList();
        long n = rows != null ? rows : training.rowCount();
        long k = HybridSynthesis.realRows(realShare, n);
        if (k > training.rowCount()) {
            throw new Cli.UsageException("--real-share " + realShare + " of " + n + " rows needs " + k
                    + " real records, but the input has only " + training.rowCount());
        }
        HybridSynthesis.check(training, meta, names, realShare, n);
        ConstraintOptions.checkJoined(limits, false, java.util.List.of());
        FittedModel fitted = limits.fit(model, s, Locale.forLanguageTag(locale), cart, progress, Cancellation.NEVER);
        HybridSynthesis.Result r = HybridSynthesis.build(limits.full(fitted), training, meta, names, realShare, n, s,
                Runtime.getRuntime().availableProcessors(), limits.checker(), progress, Cancellation.NEVER);
        HybridSynthesis.write(r, output, force);
        if (provenanceOut != null) {
            HybridSynthesis.writeProvenance(r, provenanceOut, force);
        }
        return finish(progress, s, fitted, err);
    }

    private record Conditioning(java.util.List<io.semblance.core.synth.conditions.Condition> conditions,
                                io.semblance.core.synth.conditions.Rebalance rebalance) {
        /** The columns the conditions and the rebalancing name. */
        java.util.List<String> columns() {
            java.util.List<String> out = new java.util.ArrayList<>();
            conditions.forEach(c -> out.add(c.column()));
            if (rebalance != null) {
                out.add(rebalance.column());
            }
            return out;
        }

        /** Checks that the shares name values of the column (unknown ones are a usage error). */
        void checkShares(Dataset d) {
            if (rebalance == null) {
                return;
            }
            int c = d.indexOf(rebalance.column());
            if (c < 0) {
                throw new Cli.UsageException("--rebalance: the table has no column \"" + rebalance.column() + "\"");
            }
            java.util.Set<String> values = new java.util.HashSet<>(java.util.Arrays.asList(d.column(c)));
            for (String v : rebalance.shares().keySet()) {
                if (!values.contains(v)) {
                    throw new Cli.UsageException("--shares: \"" + rebalance.column() + "\" has no value \"" + v + "\"");
                }
            }
        }
    }

    /** The --condition/--rebalance settings, checked; null when none is given. */
    private Conditioning conditioning(boolean partial) {
        if (shares != null && rebalance == null) {
            throw new Cli.UsageException("--shares needs --rebalance COL");
        }
        if (conditions == null && rebalance == null) {
            return null;
        }
        if (partial) {
            throw new Cli.UsageException("--condition and --rebalance apply to --strategy full only");
        }
        try {
            var list = (conditions == null ? java.util.List.<String>of() : conditions).stream()
                    .map(io.semblance.core.synth.conditions.Condition::parse).toList();
            var r = rebalance == null ? null : io.semblance.core.synth.conditions.Rebalance.parse(rebalance, shares);
            return new Conditioning(list, r);
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
    }

    /** Ends the progress display; unless quiet, prints a cart model's visit sequence and a random seed. */
    private Integer finish(ConsoleProgress progress, long s, FittedModel fitted, java.io.PrintWriter err) {
        progress.done();
        java.util.List<String> order = fitted instanceof CartModel cm ? cm.visitSequence()
                : fitted instanceof PartialCart pc ? pc.visitSequence() : null;
        if (order != null && !quiet) {
            err.println("visit sequence: " + String.join(", ", order));
            err.flush();
        }
        Outputs.seedNote(seed, s, quiet, err);
        return ExitCodes.OK;
    }

    /** Completion candidates for --model. */
    static final class Models extends java.util.ArrayList<String> {
        Models() {
            super(Synthesis.MODELS);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.ui.StartupFile;
import io.semblance.ui.data.Samples;
import io.semblance.ui.Step;
import io.semblance.ui.Theme;
import io.semblance.ui.tour.Tour;
import io.semblance.ui.tour.TourFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the workbench on a table, walks through its six steps with a real synthesis and saves a picture of each. */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "Open the workbench window on a table, walk through its six steps (a full copula synthesis with"
                + " a fixed seed, its evaluation) and write one PNG per step: 1-data.png ... 6-export.png. Needs a"
                + " display (a desktop, or xvfb-run). Also reports how smoothly the window kept drawing during the"
                + " synthesis.")
public final class TourCommand implements Callable<Integer> {
    /** Smallest window content accepted: the workbench's own minimum window size. */
    static final int MIN_WIDTH = 1000;
    static final int MIN_HEIGHT = 700;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the pictures (made if"
            + " missing).")
    Path out;

    @Option(names = "--force", description = "Replace pictures already in the folder.")
    boolean force;

    @Option(names = "--table", paramLabel = "FILE|SAMPLE", description = "Table to tour: a file, or the name of a"
            + " sample bundled with the application (adult, german_credit, patients); default: the sample"
            + " sample-data/adult.csv beside the application.")
    Path table;

    @Option(names = "--width", defaultValue = "1440", paramLabel = "PX", description = "Width of the pictures"
            + " (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "900", paramLabel = "PX", description = "Height of the pictures"
            + " (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the synthesis"
            + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rows", paramLabel = "N", description = "Rows to synthesize (default: as many as the table).")
    Long rows;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "NAME", description = "Look of the window: light"
            + " or dark (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--timeout", defaultValue = "900", paramLabel = "SECONDS", description = "Time limit of the"
            + " whole tour (default: ${DEFAULT-VALUE}).")
    long timeout;

    /** The table to tour: the file given, else the bundled sample of that name; without --table, the startup sample. */
    Path input() throws IOException {
        if (table == null) {
            return StartupFile.resolve().orElseThrow(() -> new IllegalArgumentException("the sample table"
                    + " sample-data/adult.csv was not found beside the application; pass --table FILE"));
        }
        if (Files.exists(table)) {
            return table;
        }
        Samples samples = new Samples();
        Optional<String> sample = samples.named(table.toString());
        return sample.isPresent() ? samples.file(sample.get()) : table;
    }

    @Override
    public Integer call() throws Exception {
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new Cli.UsageException("--width and --height must be at least " + MIN_WIDTH + " and " + MIN_HEIGHT
                    + ", the workbench's smallest window");
        }
        if (rows != null && rows < 1) {
            throw new Cli.UsageException("--rows must be 1 or more");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Cli.UsageException("--out must be a folder; " + out + " is a file");
        }
        if (timeout < 1) {
            throw new Cli.UsageException("--timeout must be 1 second or more");
        }
        for (Step step : Step.values()) {
            Outputs.refuseExisting(out.resolve(Tour.pictureName(step)), force);
        }
        Theme look = Arrays.stream(Theme.values()).filter(t -> t.name().equalsIgnoreCase(theme)).findFirst()
                .orElseThrow(() -> new Cli.UsageException("--theme must be light or dark, not " + theme));
        Path input = input();
        PrintWriter o = spec.commandLine().getOut();
        try {
            Tour.walk(new Tour.Options(input, out, width, height, seed, rows == null ? 0 : rows,
                    Duration.ofSeconds(timeout), look), line -> {
                        o.println(line);
                        o.flush();
                    });
            return ExitCodes.OK;
        } catch (TourFailure e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.INTERNAL;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.core.io.AtomicFiles;
import io.semblance.core.io.CsvWriter;
import io.semblance.core.io.XlsxWriter;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.MetadataJson;
import io.semblance.core.model.SdType;
import io.semblance.core.report.Acknowledgement;
import io.semblance.core.report.ReportHtml;
import io.semblance.core.report.ReportJson;
import io.semblance.core.synth.ModelFiles;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the files of one export, all or nothing: each is written (through {@link AtomicFiles}) into a hidden
 * staging folder beside its target, and only when every one is complete are they moved into place. A cancelled or
 * failed export removes the hidden folder and leaves the target folder as it was; so does closing the application
 * meanwhile, and a folder a killed process left is removed by the next export into the same folder.
 */
final class ExportJob {
    /** One export at a time, so that a cancelled export has tidied up before the next begins. */
    private static final Object LOCK = new Object();

    private final Run run;
    private final List<PlannedFile> files;
    private final Acknowledgement acknowledgement;

    /**
     * @param files           what to write, all in one folder; a file marked as existing is replaced
     * @param acknowledgement the steward's acknowledgement of red verdicts, recorded in the reports; null when none
     */
    ExportJob(Run run, List<PlannedFile> files, Acknowledgement acknowledgement) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("nothing to export");
        }
        this.run = run;
        this.files = List.copyOf(files);
        this.acknowledgement = acknowledgement;
    }

    /** Writes every file; returns their paths in order. */
    List<Path> run(ProgressListener progress, Cancellation cancel) throws IOException {
        synchronized (LOCK) {
            Path folder = files.get(0).path().toAbsolutePath().getParent();
            Path staging = AtomicFiles.staging(folder, "semblance-export");
            try {
                double total = files.stream().mapToDouble(ExportJob::weight).sum();
                double done = 0;
                for (PlannedFile f : files) {
                    cancel.check();
                    double w = weight(f);
                    write(f.kind(), staging.resolve(f.path().getFileName()),
                            BackgroundJobs.part(progress, done / total, (done + w) / total), cancel);
                    done += w;
                }
                cancel.check();
                commit(staging);
                return files.stream().map(PlannedFile::path).toList();
            } finally {
                AtomicFiles.discardStaging(staging);
            }
        }
    }

    /** The synthetic table takes most of the time; the other files are small. */
    private static double weight(PlannedFile f) {
        return f.kind().table() ? 10 : 1;
    }

    private void write(ExportKind kind, Path target, ProgressListener progress, Cancellation cancel) throws IOException {
        progress.progress(0, Messages.get("export.progress", target.getFileName()));
        switch (kind) {
            case CSV -> CsvWriter.write(run.synthetic(), target, false, progress, cancel);
            case XLSX -> new XlsxWriter("synthetic", numericColumns()).write(run.synthetic(), target, false, progress,
                    cancel);
            case METADATA -> text(target, MetadataJson.write(run.metadata()));
            case MODEL -> ModelFiles.save(run.model(), target, false);
            case HTML_REPORT -> text(target, ReportHtml.write(run.report(), acknowledgement));
            case JSON_REPORT -> text(target, ReportJson.write(run.report(), acknowledgement));
        }
        progress.progress(1, Messages.get("export.progress", target.getFileName()));
    }

    private Set<String> numericColumns() {
        return run.metadata().columns().stream().filter(c -> c.sdtype() == SdType.NUMERICAL).map(ColumnMeta::name)
                .collect(Collectors.toSet());
    }

    private static void text(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, false, out -> out.write(bytes));
    }

    /** Moves the staged files into place, after checking that no file the steward was not asked about appeared. */
    private void commit(Path staging) throws IOException {
        for (PlannedFile f : files) {
            if (!f.exists() && Files.exists(f.path())) {
                throw new FileAlreadyExistsException(f.path().toString());
            }
        }
        for (PlannedFile f : files) {
            AtomicFiles.move(staging.resolve(f.path().getFileName()), f.path(), f.exists());
        }
    }
}

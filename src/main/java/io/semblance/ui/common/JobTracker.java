// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import io.semblance.core.job.CancelledException;
import io.semblance.ui.common.BackgroundJobs.Job;
import io.semblance.ui.common.BackgroundJobs.JobTask;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one background job a view model runs at a time, with its progress and message as properties for the
 * status bar. Starting a job stops the previous one, whose result is then dropped. Use from the FX thread.
 */
public final class JobTracker {
    private final BackgroundJobs jobs;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private JobTask<?> current;

    public JobTracker(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    /**
     * Runs a job of the given kind (a label for the caller). A job that stops because it was cancelled calls
     * neither handler; any other failure goes to {@code onFailure}.
     */
    public <T> void run(String jobKind, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancel();
        JobTask<T> task = jobs.task(job);
        current = task;
        kind.set(jobKind);
        busy.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            if (finish(task)) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnCancelled(e -> finish(task));
        task.setOnFailed(e -> {
            if (finish(task) && !(task.getException() instanceof CancelledException)) {
                onFailure.accept(task.getException());
            }
        });
        jobs.start(task);
    }

    /** Stops the running job, if any; returns whether there was one. */
    public boolean cancel() {
        JobTask<?> task = current;
        if (task == null) {
            return false;
        }
        task.stop();
        finish(task);
        return true;
    }

    private boolean finish(JobTask<?> task) {
        if (current != task) {
            return false;
        }
        current = null;
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set("");
        kind.set(null);
        busy.set(false);
        return true;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running job's kind, or null when idle. */
    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** Progress of the running job in [0,1], or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the running job is doing, in a few words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

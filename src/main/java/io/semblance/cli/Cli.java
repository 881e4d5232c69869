// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.NotEnoughMemoryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** Runs the command line and turns every failure into one clear line on stderr and an exit code. */
public final class Cli {
    private Cli() {
    }

    /** The names of the sub-commands, e.g. {@code synth}. */
    public static java.util.Set<String> commands() {
        return new CommandLine(new SemblanceCommand()).getSubcommands().keySet();
    }

    /** Executes the arguments; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + message(ex));
            cmd.getErr().flush();
            return exitCode(ex);
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: " + message(e));
            err.flush();
            return ExitCodes.NO_MEMORY;
        }
    }

    /**
     * Makes a failure on any other thread of the command-line process (say, an OutOfMemoryError in a worker) one
     * line on {@code err} like the main thread's, instead of a stack trace.
     */
    public static void reportUncaughtFailures(PrintWriter err) {
        Thread.setDefaultUncaughtExceptionHandler((thread, ex) -> {
            err.println("error: " + message(ex));
            err.flush();
        });
    }

    /**
     * The command line for these arguments. When they start with a sub-command's name, only that sub-command is built,
     * under a top level of the same name: reading every command's options costs a good part of a short run's start-up.
     * Otherwise (help, version, a mistyped name) the whole tree is built.
     */
    static CommandLine commandLine(String[] args) {
        Command top = SemblanceCommand.class.getAnnotation(Command.class);
        for (Class<?> sub : top.subcommands()) {
            if (args.length > 0 && args[0].equals(sub.getAnnotation(Command.class).name())) {
                CommandLine cl = new CommandLine(CommandSpec.create().name(top.name()));
                cl.addSubcommand(new CommandLine(sub));
                return cl;
            }
        }
        return new CommandLine(new SemblanceCommand());
    }

    static int exitCode(Throwable ex) {
        Throwable t = unwrap(ex);
        if (t instanceof NotEnoughMemoryException || outOfMemory(ex) != null) {
            return ExitCodes.NO_MEMORY;
        }
        if (t instanceof FileAlreadyExistsException || t instanceof UsageException) {
            return ExitCodes.USAGE;
        }
        if (t instanceof DataFormatException || t instanceof NoSuchFileException || t instanceof IllegalArgumentException
                || t instanceof AccessDeniedException) {
            return ExitCodes.BAD_INPUT;
        }
        if (t instanceof CancelledException) {
            return ExitCodes.CANCELLED;
        }
        return ExitCodes.INTERNAL;
    }

    static String message(Throwable ex) {
        Throwable t = unwrap(ex);
        if (t instanceof NotEnoughMemoryException m) {
            return m.getMessage() + ": start Java with more (java -Xmx" + m.suggestedXmx()
                    + " -jar semblance.jar ...) or use fewer rows of the table";
        }
        if (outOfMemory(ex) != null) {
            long max = Runtime.getRuntime().maxMemory();
            return "out of memory (Java may use " + NotEnoughMemoryException.size(max) + "): start Java with more"
                    + " (java -Xmx" + NotEnoughMemoryException.xmx(2 * max) + " -jar semblance.jar ...) or work on"
                    + " fewer rows";
        }
        if (t instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists; add --force to replace it";
        }
        if (t instanceof NoSuchFileException f) {
            return "no such file: " + f.getFile();
        }
        if (t instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (t instanceof DataFormatException || t instanceof IllegalArgumentException || t instanceof UsageException
                || t instanceof CancelledException) {
            return t.getMessage();
        }
        if (t instanceof IOException) {
            return "could not read or write a file: " + t.getMessage();
        }
        return "internal failure (" + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + "); please report it";
    }

    /** The OutOfMemoryError behind a failure, however deeply wrapped (a worker's failure may be), or null. */
    private static Throwable outOfMemory(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return t;
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable ex) {
        Throwable t = ex;
        while ((t instanceof UncheckedIOException || t instanceof CommandLine.ExecutionException
                || t instanceof java.util.concurrent.CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A usage problem found while running (e.g. conflicting options); exits with code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}

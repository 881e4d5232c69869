// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Run in a Java process of its own: creates and locks the file named by the argument as a writer of
 * {@link AtomicFiles} does, prints "locked" and waits to be killed, so a test can see how a live writer's temporary
 * file is treated by another process.
 */
public final class HoldTemporary {
    private HoldTemporary() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel ch = Leftovers.createLocked(Path.of(args[0]))) {
            System.out.println(ch.isOpen() ? "locked" : "closed");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}

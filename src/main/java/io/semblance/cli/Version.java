// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import picocli.CommandLine.IVersionProvider;

/** Version string from the jar's manifest (or "development"). */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[]{"Semblance " + (v == null ? "development build" : v)};
    }
}

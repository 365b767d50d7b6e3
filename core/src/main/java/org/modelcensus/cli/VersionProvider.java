package org.modelcensus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar's manifest ("development" when run from classes), and the git commit the build came from
 * when it was built in a checkout ({@code git.properties}, written by the build).
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"modelcensus " + (version == null ? "development" : version) + commit()};
    }

    private static String commit() {
        Properties git = new Properties();
        try (InputStream stream = VersionProvider.class.getResourceAsStream("git.properties")) {
            if (stream == null) {
                return "";
            }
            git.load(stream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read git.properties", e);
        }
        String id = git.getProperty("git.commit.id.abbrev", "");
        if (id.isBlank()) {
            return "";
        }
        return " (commit " + id + ("true".equals(git.getProperty("git.dirty")) ? ", with local changes)" : ")");
    }
}

package org.modelcensus;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.modelcensus.source.InputFile;

/** Test fixtures under {@code src/test/resources/fixtures}. */
public final class Fixtures {
    private Fixtures() {}

    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static InputFile file(String name) {
        return InputFile.of(path(name));
    }
}

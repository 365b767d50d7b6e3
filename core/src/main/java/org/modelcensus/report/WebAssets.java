package org.modelcensus.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The files the HTML report and the dashboard are built from, read from the class path. */
public final class WebAssets {
    /** Apache ECharts from its WebJar, inlined in the report and served to the dashboard. */
    public static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private WebAssets() {}

    /** The bytes of a class-path resource that the build packages; missing is a packaging error. */
    public static byte[] bytes(String name) {
        try (InputStream stream = WebAssets.class.getClassLoader().getResourceAsStream(name)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

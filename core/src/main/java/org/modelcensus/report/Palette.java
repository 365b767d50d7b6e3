package org.modelcensus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The colour of every group a chart draws: one per country, developer type and leading organisation, read from
 * {@code palette.json}, so that China is the same colour in every chart of the HTML report, the PNGs and the
 * dashboard. A key the file does not name takes a colour of its cycle by the FNV-1a hash of the key, which the
 * dashboard's script computes the same way.
 */
public final class Palette {
    /** The palette file, inlined into the report and served to the dashboard. */
    public static final String RESOURCE = "org/modelcensus/report/palette.json";

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-F]{6}");
    private static final Palette BUNDLED = read();

    private final Map<String, String> fixed;
    private final List<String> cycle;

    private Palette(Map<String, String> fixed, List<String> cycle) {
        this.fixed = Map.copyOf(fixed);
        this.cycle = List.copyOf(cycle);
    }

    /** The palette that ships with ModelCensus. */
    public static Palette bundled() {
        return BUNDLED;
    }

    /** The colour of a group key, as {@code #RRGGBB}. */
    public String colour(String key) {
        String named = fixed.get(key);
        return named != null ? named : cycle.get(Integer.remainderUnsigned(hash(key), cycle.size()));
    }

    /** The colour of a group key, for drawing on the JVM. */
    public Color awtColour(String key) {
        return Color.decode(colour(key));
    }

    /** The colours of some keys, in their order. */
    public Map<String, String> colours(Iterable<String> keys) {
        Map<String, String> colours = new LinkedHashMap<>();
        keys.forEach(key -> colours.put(key, colour(key)));
        return colours;
    }

    /** 32-bit FNV-1a over the key's UTF-16 code units. */
    static int hash(String key) {
        int hash = 0x811C9DC5;
        for (int index = 0; index < key.length(); index++) {
            hash ^= key.charAt(index);
            hash *= 0x01000193;
        }
        return hash;
    }

    private static Palette read() {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(WebAssets.bytes(RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        root.get("fixed").fields().forEachRemaining(entry -> fixed.put(entry.getKey(), checked(entry.getValue())));
        List<String> cycle = new ArrayList<>();
        root.get("cycle").forEach(colour -> cycle.add(checked(colour)));
        if (cycle.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has an empty cycle");
        }
        return new Palette(fixed, cycle);
    }

    private static String checked(JsonNode colour) {
        String text = colour.asText();
        if (!COLOUR.matcher(text).matches()) {
            throw new IllegalStateException(RESOURCE + " holds " + text + ", not a colour #RRGGBB");
        }
        return text;
    }
}

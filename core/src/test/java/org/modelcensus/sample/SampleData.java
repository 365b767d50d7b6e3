package org.modelcensus.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An independent reading of the bundled sample and registry for tests: plain Jackson and CSV parsing, none of the
 * program's readers, importer or SQL, so that results can be checked against a second computation.
 */
public final class SampleData {
    private SampleData() {}

    /**
     * A snapshot as the test reads it: model id to downloads, last row of a model wins; ids that differ only in case
     * are one model, as on the Hub (the llmfit scrapes list microsoft/Phi-3-mini-4k-instruct under two spellings).
     */
    public record Snapshot(String name, Map<String, Long> downloadsByModel) {
        /** Downloads summed by lower-case namespace. */
        public Map<String, Long> downloadsByNamespace() {
            Map<String, Long> sums = new TreeMap<>();
            downloadsByModel.forEach((id, downloads) ->
                    sums.merge(id.substring(0, id.indexOf('/')).toLowerCase(Locale.ROOT), downloads, Long::sum));
            return sums;
        }

        public long total() {
            return downloadsByModel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Registry rows by lower-case namespace: organization, country, type. */
    public static Map<String, String[]> registry() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (CSVRecord record : csv("data/organizations.csv")) {
            if (record.getRecordNumber() > 1) {
                rows.put(
                        record.get(0).toLowerCase(Locale.ROOT),
                        new String[] {record.get(1), record.get(2), record.get(3)});
            }
        }
        return rows;
    }

    /** The sample's llmfit scrapes, each one snapshot of 30-day downloads. */
    public static List<Snapshot> llmfitSnapshots() {
        List<Snapshot> snapshots = new ArrayList<>();
        for (CSVRecord entry : csv("data/sample/manifest.csv")) {
            if (entry.get(1).equals("llmfit")) {
                snapshots.add(llmfit(entry.get(0)));
            }
        }
        return snapshots;
    }

    public static Snapshot llmfit(String file) {
        Map<String, Long> downloads = new LinkedHashMap<>();
        try (InputStream input = open("data/sample/" + file)) {
            for (JsonNode model : new ObjectMapper().readTree(input)) {
                downloads.put(
                        model.get("name").asText().toLowerCase(Locale.ROOT),
                        model.get("hf_downloads").asLong());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Snapshot(file, downloads);
    }

    /** The sample's forecast-hf series as one snapshot per day of all-time downloads, created models only. */
    public static List<Snapshot> forecastSnapshots() {
        Map<String, Map<String, Long>> days = new TreeMap<>();
        for (CSVRecord entry : csv("data/sample/manifest.csv")) {
            if (!entry.get(1).equals("forecast-hf")) {
                continue;
            }
            List<CSVRecord> records = csv("data/sample/" + entry.get(0));
            CSVRecord header = records.get(0);
            for (CSVRecord row : records.subList(1, records.size())) {
                String created = row.get(header.size() - 1);
                for (int column = 1; column < header.size() - 1; column++) {
                    String day = header.get(column).substring(0, 10);
                    long value = (long) Double.parseDouble(row.get(column));
                    if (value > 0 || created.isEmpty() || day.compareTo(created.substring(0, 10)) >= 0) {
                        days.computeIfAbsent(day, ignored -> new LinkedHashMap<>())
                                .put(row.get(0), value);
                    }
                }
            }
        }
        List<Snapshot> snapshots = new ArrayList<>();
        days.forEach((day, downloads) -> snapshots.add(new Snapshot("forecast-hf " + day, downloads)));
        return snapshots;
    }

    private static List<CSVRecord> csv(String resource) {
        try (InputStream input = open(resource);
                CSVParser parser =
                        CSVFormat.RFC4180.builder().get().parse(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            List<CSVRecord> records = parser.getRecords();
            return resource.endsWith("manifest.csv") ? records.subList(1, records.size()) : records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream input = SampleData.class.getClassLoader().getResourceAsStream(resource);
        if (input == null) {
            throw new IOException("no resource " + resource);
        }
        return resource.endsWith(".gz") ? new GZIPInputStream(input) : input;
    }
}

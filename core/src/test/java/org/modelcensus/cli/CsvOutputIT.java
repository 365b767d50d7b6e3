package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's CSV, read back with a CSV parser: as many fields per row as in the header, {@code \n} endings. */
class CsvOutputIT {
    @TempDir
    static Path directory;

    private static CliRunner cli;
    private static String store;

    @BeforeAll
    static void importSample() {
        cli = new CliRunner(directory, Map.of());
        store = directory.resolve("sample.duckdb").toString();
        assertThat(cli.run("import", "--sample", "--store", store).exitCode()).isZero();
    }

    @Test
    void everyCsvHasAsManyFieldsPerRowAsItsHeaderAndPlainNumbers() throws IOException {
        List<List<String>> commands = List.of(
                List.of("status"),
                List.of("shares", "--by", "country"),
                List.of("shares", "--by", "organization", "--view", "origin", "--source", "lineage-crawl"),
                List.of("shares", "--by", "type", "--unknown-as", "INTL"),
                List.of("series", "--by", "country", "--source", "llmfit"),
                List.of("crossover", "--by", "country", "--a", "CN", "--b", "US", "--source", "forecast-hf"),
                List.of("families", "--top", "5"),
                List.of("lineage"),
                List.of("lineage", "--model", "unsloth/r1-1776"),
                List.of("intermediaries"),
                List.of("adoption", "--source", "forecast-hf"));
        for (List<String> command : commands) {
            String[] args = CliRunner.args(
                    command.get(0), command.subList(1, command.size()), "--format", "csv", "--store", store);
            CliRunner.Result result = cli.run(args);
            String what = String.join(" ", command);
            assertThat(result.exitCode()).as(what + ": " + result.err()).isZero();
            assertThat(result.out()).as(what).doesNotContain("\r").endsWith("\n");
            try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(result.out()))) {
                List<CSVRecord> records = parser.getRecords();
                // the sample has no namespace the intermediary check flags: its CSV is the header alone
                assertThat(records).as(what).hasSizeGreaterThan(command.get(0).equals("intermediaries") ? 0 : 1);
                int fields = records.get(0).size();
                for (CSVRecord record : records) {
                    assertThat(record.size())
                            .as(what + " line " + record.getRecordNumber())
                            .isEqualTo(fields);
                    for (String value : record) {
                        assertThat(value)
                                .as(what + " line " + record.getRecordNumber())
                                .doesNotMatch("-?[0-9.]+[eE][-+]?[0-9]+");
                    }
                }
            }
        }
    }
}

package org.modelcensus.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * Reads the curated CSV files bundled under {@code data/}: the header checked exactly, each row with its place
 * ({@code file:line}) for messages, rows of the wrong width collected as errors.
 */
public final class CuratedCsv {
    /** What to do with one row of the right width. */
    @FunctionalInterface
    public interface RowHandler {
        void accept(CSVRecord record, String place);
    }

    private CuratedCsv() {}

    public static void read(InputFile input, List<String> header, RowErrors errors, RowHandler handler) {
        try (Reader reader = new InputStreamReader(input.open(), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().get().parse(reader)) {
            boolean first = true;
            for (CSVRecord record : csv) {
                String place = input.name() + ":" + csv.getCurrentLineNumber();
                if (first) {
                    first = false;
                    if (!record.toList().equals(header)) {
                        throw new CensusException(
                                ErrorCode.INVALID_REGISTRY,
                                place + ": header must be exactly " + String.join(",", header));
                    }
                } else if (record.size() != header.size()) {
                    errors.add(place, record.size() + " fields; expected " + header.size());
                } else {
                    handler.accept(record, place);
                }
            }
        } catch (IOException e) {
            throw input.unreadable(e);
        } catch (UncheckedIOException e) {
            throw input.unreadable(e);
        }
    }
}

package org.modelcensus.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the wide daily download series of ForecastHuggingFaceModels ({@code forecast-hf}): a header
 * {@code model,<day>,<day>,...,created_at} and one row per model holding its cumulative all-time downloads at the
 * start of each day. Each day becomes one snapshot. A model appears in a day's snapshot from its creation day on, or
 * earlier if the series already counts downloads for it; cells left empty are not observations.
 */
public final class ForecastHfReader implements SnapshotReader {
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]XXX");

    @Override
    public void read(InputFile file, Optional<LocalDate> onlyDate, RowSink sink, RowErrors errors) {
        try (Reader reader = new InputStreamReader(file.open(), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().get().parse(reader)) {
            var records = csv.iterator();
            if (!records.hasNext()) {
                errors.add(file.name() + ":1", "empty file; expected a header model,<day>,...,created_at");
                return;
            }
            Optional<List<LocalDate>> days = header(records.next(), file, errors);
            if (days.isEmpty()) {
                return;
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                readRow(record, days.get(), onlyDate, file.name() + ":" + record.getRecordNumber(), sink, errors);
            }
        } catch (IOException e) {
            throw file.unreadable(e);
        } catch (UncheckedIOException e) {
            throw file.unreadable(e);
        }
    }

    private static Optional<List<LocalDate>> header(CSVRecord header, InputFile file, RowErrors errors) {
        String place = file.name() + ":1";
        int size = header.size();
        if (size < 3 || !"model".equals(header.get(0)) || !"created_at".equals(header.get(size - 1))) {
            errors.add(place, "header is not model,<day>,...,created_at");
            return Optional.empty();
        }
        List<LocalDate> days = new ArrayList<>(size - 2);
        for (int column = 1; column < size - 1; column++) {
            String text = header.get(column);
            try {
                days.add(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
            } catch (DateTimeParseException e) {
                errors.add(place, "column " + (column + 1) + " is \"" + text + "\"; expected a day such as 2024-07-02");
                return Optional.empty();
            }
        }
        return Optional.of(days);
    }

    private static void readRow(
            CSVRecord record,
            List<LocalDate> days,
            Optional<LocalDate> onlyDate,
            String place,
            RowSink sink,
            RowErrors errors) {
        if (record.size() != days.size() + 2) {
            errors.add(place, record.size() + " fields; expected " + (days.size() + 2) + " as in the header");
            return;
        }
        String id = record.get(0).trim();
        Optional<String> problem = ModelId.problem(id, false);
        if (problem.isPresent()) {
            errors.add(place, "model " + problem.get());
            return;
        }
        Optional<String> namespace = ModelId.namespaceOf(id, null);
        Instant created = null;
        String createdText = record.get(days.size() + 1).trim();
        if (!createdText.isEmpty()) {
            try {
                created = OffsetDateTime.parse(createdText, CREATED_AT).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(
                        place,
                        "created_at is \"" + createdText + "\"; expected a time such as 2024-09-16 11:55:40+00:00");
                return;
            }
        }
        LocalDate createdDay = created == null ? null : LocalDate.ofInstant(created, ZoneOffset.UTC);
        List<Observation> observations = new ArrayList<>();
        boolean failed = false;
        for (int index = 0; index < days.size(); index++) {
            LocalDate day = days.get(index);
            String cell = record.get(index + 1).trim();
            if (cell.isEmpty() || onlyDate.filter(only -> !only.equals(day)).isPresent()) {
                continue;
            }
            Long downloads = count(cell);
            if (downloads == null || downloads > ModelRecord.MAXIMUM_DOWNLOADS) {
                errors.add(
                        place,
                        "column " + day + " is \"" + cell + "\"; expected a non-negative number of downloads"
                                + (downloads == null ? "" : " of at most 1,000,000,000,000"));
                failed = true;
            } else if (downloads > 0 || createdDay == null || !day.isBefore(createdDay)) {
                observations.add(new Observation(
                        day,
                        ModelRecord.builder(id, namespace.get())
                                .createdAt(created)
                                .downloadsAllTime(downloads)
                                .build()));
            }
        }
        if (!failed) {
            observations.forEach(observation -> sink.accept(observation.day(), observation.model()));
        }
    }

    private record Observation(LocalDate day, ModelRecord model) {}

    /** A cumulative count such as {@code 150538480.0}: a non-negative whole number, else null. */
    private static Long count(String cell) {
        try {
            BigDecimal value = new BigDecimal(cell);
            if (value.signum() < 0) {
                return null;
            }
            return value.stripTrailingZeros().scale() <= 0 ? value.longValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}

package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * Reads leaderboard CSVs of both formats into entries, checking every row: a file with any bad row is refused whole,
 * with the first errors listed by line.
 */
public final class LeaderboardReader {
    private static final List<String> ARENA_HISTORY =
            List.of("key", "Model", "rating", "License", "Organization", "date");
    private static final List<String> LMARENA_HISTORY =
            List.of("date", "rank", "model", "score", "ci95", "votes", "organization", "license");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    /** {@code +6/-5} (until 2025-07-01) or {@code ±4} (after). */
    private static final Pattern ASYMMETRIC = Pattern.compile("\\+(\\d+(?:\\.\\d+)?)/-(\\d+(?:\\.\\d+)?)");

    private static final Pattern SYMMETRIC = Pattern.compile("±(\\d+(?:\\.\\d+)?)");

    /** Largest file read (the real ones are about 1 MB). */
    static final long MAX_ROWS = 5_000_000;

    public List<LeaderboardEntry> read(InputFile file, LeaderboardFormat format) {
        requireNonNull(file, "file is null");
        requireNonNull(format, "format is null");
        List<String> header = format == LeaderboardFormat.ARENA_HISTORY ? ARENA_HISTORY : LMARENA_HISTORY;
        RowErrors errors = new RowErrors();
        List<LeaderboardEntry> entries = new ArrayList<>();
        try (Reader reader = new InputStreamReader(file.open(), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().get().parse(reader)) {
            boolean first = true;
            for (CSVRecord record : csv) {
                String place = file.name() + ":" + csv.getCurrentLineNumber();
                if (first) {
                    first = false;
                    List<String> found =
                            record.toList().stream().map(String::strip).toList();
                    if (!found.equals(header)) {
                        throw new CensusException(
                                ErrorCode.MALFORMED_ROWS,
                                place + ": not a " + format.label() + " file: the header is " + String.join(",", found)
                                        + "; expected " + String.join(",", header));
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    errors.add(place, record.size() + " fields; expected " + header.size());
                    continue;
                }
                if (entries.size() >= MAX_ROWS) {
                    throw new CensusException(
                            ErrorCode.MALFORMED_ROWS, place + ": more than " + MAX_ROWS + " rows; not a leaderboard");
                }
                try {
                    entries.add(
                            format == LeaderboardFormat.ARENA_HISTORY
                                    ? arenaHistory(record, csv.getCurrentLineNumber())
                                    : lmarenaHistory(record, csv.getCurrentLineNumber()));
                } catch (IllegalArgumentException e) {
                    errors.add(place, e.getMessage());
                }
            }
            if (first) {
                throw new CensusException(ErrorCode.MALFORMED_ROWS, file.name() + ": is empty; expected a CSV header");
            }
        } catch (IOException e) {
            throw file.unreadable(e);
        } catch (UncheckedIOException e) {
            throw file.unreadable(e);
        }
        errors.throwIfAny();
        if (entries.isEmpty()) {
            throw new CensusException(ErrorCode.MALFORMED_ROWS, file.name() + ": has a header but no rows");
        }
        return entries;
    }

    private static LeaderboardEntry arenaHistory(CSVRecord record, long line) {
        return new LeaderboardEntry(
                line,
                date(record.get(5), COMPACT, "date", "yyyyMMdd"),
                required(record.get(0), "key"),
                required(record.get(1), "Model"),
                rating(record.get(2), "rating"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                record.get(3).strip(),
                record.get(4).strip());
    }

    private static LeaderboardEntry lmarenaHistory(CSVRecord record, long line) {
        String key = required(record.get(2), "model");
        String interval = record.get(4).strip();
        Optional<Double> plus = Optional.empty();
        Optional<Double> minus = Optional.empty();
        Matcher asymmetric = ASYMMETRIC.matcher(interval);
        Matcher symmetric = SYMMETRIC.matcher(interval);
        if (asymmetric.matches()) {
            plus = Optional.of(Double.parseDouble(asymmetric.group(1)));
            minus = Optional.of(Double.parseDouble(asymmetric.group(2)));
        } else if (symmetric.matches()) {
            plus = Optional.of(Double.parseDouble(symmetric.group(1)));
            minus = plus;
        } else if (!interval.isEmpty()) {
            throw new IllegalArgumentException(
                    "ci95 \"" + interval + "\" is neither +x/-y nor ±x (the two forms LMArena printed)");
        }
        return new LeaderboardEntry(
                line,
                date(record.get(0), DateTimeFormatter.ISO_LOCAL_DATE, "date", "yyyy-MM-dd"),
                key,
                key,
                rating(record.get(3), "score"),
                Optional.of(whole(record.get(1), "rank", 1, 100_000)),
                plus,
                minus,
                Optional.of((long) whole(record.get(5).replace(",", ""), "votes", 0, Integer.MAX_VALUE)),
                record.get(7).strip(),
                record.get(6).strip());
    }

    private static String required(String value, String column) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        if (stripped.length() > 300) {
            throw new IllegalArgumentException(column + " is longer than 300 characters");
        }
        return stripped;
    }

    private static LocalDate date(String value, DateTimeFormatter format, String column, String pattern) {
        try {
            return LocalDate.parse(value.strip(), format);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " \"" + value + "\" is not a date " + pattern);
        }
    }

    private static double rating(String value, String column) {
        try {
            double rating = Double.parseDouble(value.strip());
            if (!Double.isFinite(rating) || rating <= 0 || rating > 10_000) {
                throw new IllegalArgumentException(column + " " + value + " is not a rating between 0 and 10000");
            }
            return rating;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " \"" + value + "\" is not a number");
        }
    }

    private static int whole(String value, String column, int min, int max) {
        try {
            long number = Long.parseLong(value.strip());
            if (number < min || number > max) {
                throw new IllegalArgumentException(column + " " + value + " is outside " + min + " … " + max);
            }
            return (int) number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " \"" + value + "\" is not a whole number");
        }
    }
}

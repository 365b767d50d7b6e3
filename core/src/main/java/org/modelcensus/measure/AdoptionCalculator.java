package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;
import org.modelcensus.source.InputFile;

/**
 * ATOM's relative adoption metric: a model's all-time downloads N days after its creation, divided by those of the
 * {@value #REFERENCE_RANK}th-ranked model of its {@link SizeClass} at the same age. 1.0 means as adopted as the tenth
 * most adopted model of its size; a class with fewer than ten models has no reference.
 */
public final class AdoptionCalculator {
    /** The rank of the reference model within a size class. */
    public static final int REFERENCE_RANK = 10;

    /** Curated parameter counts bundled with the program (the ATOM Project's table). */
    public static final String CURATED_PARAMETERS = "data/model_parameters.csv";

    private final Engine engine;

    /** Installs the curated parameter counts beside the store's snapshots for this engine. */
    public AdoptionCalculator(Engine engine) {
        this.engine = requireNonNull(engine, "engine is null");
        installCuratedParameters();
    }

    public AdoptionTable adoption(String source, int days) {
        requireNonNull(source, "source is null");
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        Map<SizeClass, List<Measured>> classes = new EnumMap<>(SizeClass.class);
        engine.forEach(
                SqlQuery.of(engine.dialect(), AdoptionCalculator.class, "adoption_downloads.sql", source, days),
                rows -> {
                    OptionalLong size = rows.isNull("parameters")
                            ? OptionalLong.empty()
                            : OptionalLong.of(rows.getLong("parameters"));
                    Measured model = new Measured(
                            rows.getString("model_id"), rows.getTimestamp(3), size, rows.getLong("downloads"));
                    classes.computeIfAbsent(SizeClass.of(size), ignored -> new ArrayList<>())
                            .add(model);
                });
        List<Adoption> result = new ArrayList<>();
        classes.forEach((sizeClass, models) -> result.addAll(rank(sizeClass, models)));
        result.sort(Comparator.comparingDouble(
                        (Adoption adoption) -> adoption.relativeAdoption().orElse(-1))
                .reversed()
                .thenComparing(Comparator.comparingLong(Adoption::downloads).reversed())
                .thenComparing(Adoption::model));
        return new AdoptionTable(source, days, result);
    }

    private record Measured(String model, LocalDateTime created, OptionalLong parameters, long downloads) {}

    /** Ranks one class by downloads (ties by id) and divides by the reference's downloads. */
    private static List<Adoption> rank(SizeClass sizeClass, List<Measured> models) {
        List<Measured> sorted = new ArrayList<>(models);
        sorted.sort(Comparator.comparingLong(Measured::downloads).reversed().thenComparing(Measured::model));
        Optional<Measured> reference =
                sorted.size() >= REFERENCE_RANK ? Optional.of(sorted.get(REFERENCE_RANK - 1)) : Optional.empty();
        List<Adoption> ranked = new ArrayList<>(sorted.size());
        for (int index = 0; index < sorted.size(); index++) {
            Measured model = sorted.get(index);
            OptionalDouble relative = reference
                    .filter(found -> found.downloads() > 0)
                    .map(found -> OptionalDouble.of((double) model.downloads() / found.downloads()))
                    .orElse(OptionalDouble.empty());
            ranked.add(new Adoption(
                    model.model(),
                    model.created(),
                    model.parameters(),
                    sizeClass,
                    model.downloads(),
                    index + 1,
                    reference.map(Measured::model),
                    reference.map(found -> OptionalLong.of(found.downloads())).orElse(OptionalLong.empty()),
                    relative));
        }
        return ranked;
    }

    private void installCuratedParameters() {
        InputFile file = InputFile.resource(CURATED_PARAMETERS);
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(file.open(), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            for (CSVRecord record : csv) {
                rows.add(
                        List.of(record.get("model_id"), Long.toString(Long.parseLong(record.get("total_parameters")))));
            }
        } catch (IOException e) {
            throw file.unreadable(e);
        }
        engine.install("curated_parameters", List.of("model_id", "total_parameters"), rows);
    }
}

package org.modelcensus.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryEntry;

/**
 * Writes synthetic Hub-API JSON Lines snapshots for load and scale benchmarks: MODELS models over 200,000
 * namespaces (a tenth of them registered ones), Zipf-like downloads, every model declaring a base model, at SNAPSHOTS
 * dates 30 days apart, all-time counts growing between them.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.modelcensus.bench.SyntheticSnapshots -Dexec.args="DIRECTORY MODELS SNAPSHOTS"
 * </pre>
 */
public final class SyntheticSnapshots {
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        int models = Integer.parseInt(args[1]);
        int snapshots = Integer.parseInt(args[2]);
        Files.createDirectories(directory);
        List<String> registered = OrganizationRegistry.bundled().entries().stream()
                .map(RegistryEntry::namespace)
                .toList();
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int snapshot = 0; snapshot < snapshots; snapshot++) {
            LocalDate date = first.plusDays(30L * snapshot);
            Path file = directory.resolve("synthetic_" + date + ".jsonl.gz");
            Random random = new Random(42);
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
                for (int index = 0; index < models; index++) {
                    String namespace = random.nextInt(10) == 0
                            ? registered.get(random.nextInt(registered.size()))
                            : "user" + random.nextInt(200_000);
                    long monthly = (long) (1e7 / Math.pow(index + 1, 0.9)) + random.nextInt(100);
                    out.write("{\"id\":\"" + namespace + "/model-" + index + "\",\"createdAt\":\"2025-"
                            + String.format("%02d", 1 + random.nextInt(12)) + "-1" + random.nextInt(10)
                            + "T10:00:00.000Z\",\"downloads\":" + monthly + ",\"downloadsAllTime\":"
                            + monthly * (6 + snapshot) + ",\"likes\":" + random.nextInt(100)
                            + ",\"tags\":[\"transformers\",\"base_model:Qwen/Qwen3-8B\","
                            + "\"base_model:finetune:Qwen/Qwen3-8B\"]}\n");
                }
            }
            System.out.println(file);
        }
    }
}

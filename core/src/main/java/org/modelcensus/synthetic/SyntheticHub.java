package org.modelcensus.synthetic;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The models of a synthetic Hub, each drawn from its own random stream (seed and model number), so that any model can
 * be generated alone, in any order, with the same result. Models are numbered in order of creation; a model exists in
 * every snapshot taken after its creation, and its all-time count grows by its daily rate, so consecutive snapshots
 * are consistent.
 *
 * <p>The parameters are documented in BENCHMARKS.md with where each comes from.
 */
public final class SyntheticHub {
    /** Models per namespace on average: the Hub's few million models have some hundreds of thousands of owners. */
    static final int MODELS_PER_NAMESPACE = 5;

    /** Zipf exponent of namespace sizes by rank. */
    static final double NAMESPACE_EXPONENT = 1.05;

    /** Share of models that declare a base model (the synthetic Hub; the Hub's cards give about 40 %). */
    static final double DERIVATIVE_SHARE = 0.39;

    /** Relations of derivatives, in order finetune, adapter, quantized, merge (cumulative shares). */
    static final double[] RELATION_CUMULATIVE = {0.45, 0.63, 0.93, 1.0};

    static final String[] RELATIONS = {"finetune", "adapter", "quantized", "merge"};

    /** Share of derivatives naming a base model that is not on the Hub (dangling). */
    static final double DANGLING_SHARE = 0.005;

    /** One pair of models in this many declares each other (a cycle). */
    static final long CYCLE_EVERY = 250_000;

    /** Share of models without any download in the last 30 days (0.88 among the bundled crawls' fine-tunes). */
    static final double IDLE_SHARE = 0.6;

    /** Log-normal of the 30-day downloads of the other models (fitted on the bundled crawls: 4.25, 3.38). */
    static final double DOWNLOADS_MU = 2.5;

    static final double DOWNLOADS_SIGMA = 2.6;

    /** Extra log-downloads of the models of the largest registered namespaces, which carry the head of the tail. */
    static final double HEAD_BOOST = 4.0;

    /** Share of models with the Hub's placeholder creation date. */
    static final double PLACEHOLDER_SHARE = 0.01;

    /** The Hub's placeholder creation time (see ModelRecord.PLACEHOLDER). */
    static final Instant PLACEHOLDER = Instant.parse("2022-03-02T23:29:04.000Z");

    /** Creation times grow exponentially from this day, doubling every year. */
    static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

    static final double GROWTH_PER_DAY = Math.log(2) / 365;

    private static final String[] LICENSES = {"apache-2.0", "mit", "llama3.1", "other", "cc-by-nc-4.0"};
    private static final String[] TASKS = {"text-generation", "text-classification", "image-text-to-text", null};

    private final long models;
    private final long seed;
    private final LocalDate lastDay;
    private final List<String> namespaces;
    private final double[] namespaceCumulative;
    private final int registered;

    /**
     * @param models the models on the last day
     * @param lastDay the day of the last snapshot; models are created up to it
     * @param registeredNamespaces namespaces of real organisations, given the largest ranks
     */
    public SyntheticHub(long models, long seed, LocalDate lastDay, List<String> registeredNamespaces) {
        if (models < 1) {
            throw new IllegalArgumentException("models must be positive: " + models);
        }
        this.models = models;
        this.seed = seed;
        this.lastDay = requireNonNull(lastDay, "lastDay is null");
        int count = (int) Math.max(registeredNamespaces.size() + 1, models / MODELS_PER_NAMESPACE);
        List<String> all = new ArrayList<>(count);
        all.addAll(registeredNamespaces);
        this.registered = registeredNamespaces.size();
        SplittableRandom names = new SplittableRandom(seed);
        while (all.size() < count) {
            all.add("user-" + Long.toString(names.nextLong(Long.MAX_VALUE), 36).substring(0, 6) + all.size());
        }
        this.namespaces = List.copyOf(all);
        this.namespaceCumulative = new double[count];
        double sum = 0;
        for (int rank = 0; rank < count; rank++) {
            sum += Math.pow(rank + 1, -NAMESPACE_EXPONENT);
            namespaceCumulative[rank] = sum;
        }
        for (int rank = 0; rank < count; rank++) {
            namespaceCumulative[rank] /= sum;
        }
    }

    public long models() {
        return models;
    }

    /** One model as it is on {@code day}; empty when it was created after that day. */
    public Optional<SyntheticModel> model(long number, LocalDate day) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
        Instant created = creation(number);
        boolean placeholder = random.nextDouble() < PLACEHOLDER_SHARE;
        Instant createdAtEnd = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (!created.isBefore(createdAtEnd)) {
            return Optional.empty();
        }
        int namespaceRank = namespaceRank(random.nextDouble());
        String namespace = namespaces.get(namespaceRank);
        String id = namespace + "/model-" + Long.toString(number, 36);
        List<String> tags = new ArrayList<>();
        boolean derivative = number > 0 && random.nextDouble() < DERIVATIVE_SHARE;
        double relationDraw = random.nextDouble();
        double danglingDraw = random.nextDouble();
        double parentDraw = random.nextDouble();
        double secondParentDraw = random.nextDouble();
        double formatDraw = random.nextDouble();
        if (derivative) {
            int relation = 0;
            while (relationDraw > RELATION_CUMULATIVE[relation]) {
                relation++;
            }
            String parent = danglingDraw < DANGLING_SHARE
                    ? "gone-lab/missing-" + Long.toString(number % 997, 36)
                    : modelId(parentOf(number, parentDraw));
            tags.add("base_model:" + parent);
            tags.add("base_model:" + RELATIONS[relation] + ":" + parent);
            if (RELATIONS[relation].equals("merge")) {
                String second = modelId(parentOf(number, secondParentDraw));
                if (!second.equals(parent)) {
                    tags.add("base_model:merge:" + second);
                }
            }
            if (RELATIONS[relation].equals("quantized") && formatDraw < 0.7) {
                tags.add("gguf");
            }
        }
        if (number % CYCLE_EVERY == 1 && number + 1 < models) {
            tags.add("base_model:finetune:" + modelId(number + 1));
        } else if (number % CYCLE_EVERY == 2) {
            tags.add("base_model:finetune:" + modelId(number - 1));
        }
        tags.add("license:" + LICENSES[random.nextInt(LICENSES.length)]);
        double dailyRate = 0;
        if (random.nextDouble() >= IDLE_SHARE) {
            double boost = namespaceRank < Math.min(registered, 200) ? HEAD_BOOST * (1 - namespaceRank / 200.0) : 0;
            dailyRate = Math.exp(DOWNLOADS_MU + boost + DOWNLOADS_SIGMA * random.nextGaussian()) / 30;
        }
        double ageDays = Math.max(0, (createdAtEnd.toEpochMilli() - created.toEpochMilli()) / 86_400_000.0);
        long downloads30d = (long) Math.floor(dailyRate * Math.min(30, ageDays));
        long downloadsAllTime = (long) Math.floor(dailyRate * ageDays);
        long likes = (long) Math.floor(Math.sqrt(downloadsAllTime) * random.nextDouble() / 4);
        String task = TASKS[random.nextInt(TASKS.length)];
        return Optional.of(new SyntheticModel(
                id,
                namespace,
                placeholder ? PLACEHOLDER : created,
                created,
                downloads30d,
                downloadsAllTime,
                likes,
                task,
                "transformers",
                tags));
    }

    /** The id of a model, without drawing the rest of it. */
    String modelId(long number) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
        random.nextDouble(); // placeholder
        return namespaces.get(namespaceRank(random.nextDouble())) + "/model-" + Long.toString(number, 36);
    }

    /** A base model for model {@code number}: an older model, most often one of the oldest (which are popular). */
    private static long parentOf(long number, double draw) {
        return (long) Math.floor(number * draw * draw * draw);
    }

    /** When model {@code number} was created: growth doubling every year, from the first day to the last. */
    Instant creation(long number) {
        double span = lastDay.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
        double fraction = (number + 0.5) / models;
        double days = Math.log1p(fraction * Math.expm1(GROWTH_PER_DAY * span)) / GROWTH_PER_DAY;
        long millis = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() + (long) (days * 86_400_000.0);
        return Instant.ofEpochMilli(millis - millis % 1000);
    }

    private int namespaceRank(double draw) {
        int position = Arrays.binarySearch(namespaceCumulative, draw);
        return Math.min(position >= 0 ? position : -position - 1, namespaceCumulative.length - 1);
    }
}

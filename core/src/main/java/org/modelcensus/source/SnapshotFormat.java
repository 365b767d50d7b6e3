package org.modelcensus.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/** The file formats {@code import} understands, by the name users give with {@code --format}. */
public enum SnapshotFormat {
    /** One Hub API model object per line. */
    HUB_JSONL("hub-jsonl", false, "Hub API model objects, one per line"),
    /** llmfit's scrapes of the Hub API: a JSON array, 30-day downloads. */
    LLMFIT("llmfit", false, "llmfit's scrapes of the Hub API (github.com/AlexsJones/llmfit, MIT)"),
    /** ForecastHuggingFaceModels' wide daily cumulative download series: one snapshot per day. */
    FORECAST_HF(
            "forecast-hf",
            true,
            "daily cumulative Hub downloads of ForecastHuggingFaceModels (github.com/KBhandari11/"
                    + "ForecastHuggingFaceModels, MIT, arXiv:2502.15987)"),
    /**
     * BAAI's OSIR-LMTS crawls of organisations' model pages on Hugging Face (30-day counts) and ModelScope (all-time
     * counts): a file per hub and date; the import writes each hub's files as a source of their own.
     */
    OSIR_LMTS(
            "osir-lmts",
            false,
            "BAAI's OSIR-LMTS crawls of the model pages of 65 organisations on Hugging Face and ModelScope"
                    + " (github.com/brucecui0120/OSIR-LMTS, MIT)"),
    /**
     * Saved answers of ModelScope's API (listing pages and single models) and ModelScope crawls: all-time downloads.
     */
    MODELSCOPE_API(
            "modelscope-api", false, "ModelScope's API (/api/v1/models), saved or crawled live: all-time downloads"),
    /** Pages of the live Hub API, written by {@code crawl} rather than imported from a file. */
    HUB_API("hub-api", false, "the Hub API's model listing, crawled live (/api/models)"),
    /** The public daily Parquet dump of Hub model metadata, read by DuckDB: one file is one snapshot. */
    HUB_STATS("hub-stats", false, "a hub-stats Parquet dump of Hub model metadata"),
    /**
     * The study's public dataset (Parquet, read by DuckDB): one snapshot per day of its {@code time} column, all-time
     * downloads.
     */
    EOI(
            "eoi",
            true,
            "the public dataset of \"Economies of Open Intelligence\" (mmpr/open_model_evolution_data,"
                    + " arXiv:2512.03073)");

    private final String label;
    private final boolean datedByContent;
    private final String description;

    SnapshotFormat(String label, boolean datedByContent, String description) {
        this.label = label;
        this.datedByContent = datedByContent;
        this.description = description;
    }

    /** What files of this format are and where such data comes from, for provenance notes. */
    public String description() {
        return description;
    }

    /** The name used on the command line and stored with each snapshot. */
    public String label() {
        return label;
    }

    /** Whether the file itself carries the snapshot dates (so {@code --snapshot-date} only selects one of them). */
    public boolean datedByContent() {
        return datedByContent;
    }

    /**
     * The hub whose models the format's files describe. OSIR-LMTS files are of either hub (each file says which);
     * Hugging Face is given for it here.
     */
    public Hub hub() {
        return this == MODELSCOPE_API ? Hub.MODELSCOPE : Hub.HUGGINGFACE;
    }

    /** Whether DuckDB reads files of this format itself (Parquet), rather than a reader of this package. */
    public boolean parquet() {
        return this == HUB_STATS || this == EOI;
    }

    /** The reader of a format read in Java; Parquet formats have none (see {@link #parquet()}). */
    public SnapshotReader reader(ObjectMapper json) {
        return switch (this) {
            case HUB_JSONL -> new HubJsonlReader(json);
            case LLMFIT -> new LlmfitReader(json);
            case FORECAST_HF -> new ForecastHfReader();
            case OSIR_LMTS -> new OsirLmtsReader(json);
            case MODELSCOPE_API -> new ModelScopeApiReader(json);
            case HUB_STATS, EOI -> throw new IllegalStateException(label + " files are read by DuckDB");
            case HUB_API ->
                throw CensusException.invalidArgument(
                        "format",
                        "hub-api snapshots come from `modelcensus crawl`, not from files; give hub-jsonl for"
                                + " saved API pages");
        };
    }

    public static SnapshotFormat fromLabel(String label) {
        for (SnapshotFormat format : values()) {
            if (format.label.equals(label)) {
                return format;
            }
        }
        throw new CensusException(
                ErrorCode.UNKNOWN_FORMAT, "unknown --format \"" + label + "\"; expected one of " + labels());
    }

    public static String labels() {
        return Arrays.stream(values()).map(SnapshotFormat::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}

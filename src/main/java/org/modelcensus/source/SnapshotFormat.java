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
                    + "ForecastHuggingFaceModels, MIT, arXiv:2502.15987)");

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

    public SnapshotReader reader(ObjectMapper json) {
        return switch (this) {
            case HUB_JSONL -> new HubJsonlReader(json);
            case LLMFIT -> new LlmfitReader(json);
            case FORECAST_HF -> new ForecastHfReader();
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

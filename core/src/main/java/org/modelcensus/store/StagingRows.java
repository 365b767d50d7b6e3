package org.modelcensus.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.duckdb.DuckDBAppender;
import org.modelcensus.source.ModelRecord;

/** Writes models as rows of the staging table of an import (or of a table of the same columns) with DuckDB's appender. */
public final class StagingRows {
    private StagingRows() {}

    /** Appends one model as a row of the staging table, or of a table shaped like it. */
    public static void append(DuckDBAppender appender, long arrival, int fileIndex, LocalDate date, ModelRecord model) {
        try {
            appender.beginRow();
            appender.append(arrival);
            appender.append(fileIndex);
            appender.append(date);
            appender.append(model.id());
            appender.append(model.namespace());
            appendTime(appender, model.createdAt().orElse(null));
            appender.append(model.createdAtPlaceholder());
            appendTime(appender, model.lastModified().orElse(null));
            appendCount(appender, model.downloadsLast30Days());
            appendCount(appender, model.downloadsAllTime());
            appendCount(appender, model.likes());
            appendText(appender, model.pipelineTag().orElse(null));
            appendText(appender, model.libraryName().orElse(null));
            appendText(appender, model.license().orElse(null));
            appendText(appender, model.gated().orElse(null));
            appendCount(appender, model.parameters());
            appender.append(model.tags());
            appendText(appender, model.baseModelDeclaration().orElse(null));
            appendText(appender, model.baseModelRelation().orElse(null));
            appender.append(model.declaresBaseModel());
            // base_model_source and trending_score: only hub-stats dumps have them, read in SQL
            appender.appendNull();
            appender.appendNull();
            appender.endRow();
        } catch (SQLException e) {
            throw CensusStore.failure("cannot stage model " + model.id(), e);
        }
    }

    private static void appendTime(DuckDBAppender appender, Instant value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    private static void appendCount(DuckDBAppender appender, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            appender.append(value.getAsLong());
        } else {
            appender.appendNull();
        }
    }

    private static void appendText(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}

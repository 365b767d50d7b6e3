package org.modelcensus.spark;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;

/**
 * The measures on Apache Spark (inside, {@code Row} is the engine's row; Spark's is named in full): each {@link SqlQuery} runs as Spark SQL with its {@code ?} parameters bound
 * positionally, over the views {@link ExportLayout} makes of an export. Rows stream to the driver in order
 * ({@code toLocalIterator}), a partition at a time: a measure's answer is its groups, never the models.
 */
public final class SparkEngine implements Engine {
    private final SparkSession session;

    public SparkEngine(SparkSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    public SparkSession session() {
        return session;
    }

    @Override
    public String dialect() {
        return "spark";
    }

    @Override
    public void forEach(SqlQuery query, RowConsumer consumer) {
        requireNonNull(query, "query is null");
        requireNonNull(consumer, "consumer is null");
        Dataset<org.apache.spark.sql.Row> answer =
                session.sql(query.text(), query.parameters().toArray());
        StructType schema = answer.schema();
        Iterator<org.apache.spark.sql.Row> rows = answer.toLocalIterator();
        while (rows.hasNext()) {
            consumer.accept(new SparkRow(rows.next(), schema));
        }
    }

    @Override
    public void install(String name, List<String> columns, List<List<String>> rows) {
        requireNonNull(rows, "rows is null");
        requireIdentifier(name);
        List<StructField> fields = new ArrayList<>();
        for (String column : columns) {
            requireIdentifier(column);
            fields.add(DataTypes.createStructField(column, DataTypes.StringType, false));
        }
        List<org.apache.spark.sql.Row> values = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        name + " has " + columns.size() + " columns but a row of " + row.size() + " values");
            }
            row.forEach(value -> requireNonNull(value, "a value of " + name + " is null"));
            values.add(RowFactory.create(row.toArray()));
        }
        session.createDataFrame(values, DataTypes.createStructType(fields)).createOrReplaceTempView(name);
    }

    private static void requireIdentifier(String name) {
        if (name == null || !name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("a session view or column name is lower-case words: " + name);
        }
    }

    /** A Spark row read as JDBC reads a row: columns from 1, numbers widened, NULL as 0 or null. */
    private record SparkRow(org.apache.spark.sql.Row row, StructType schema) implements Engine.Row {
        private Object value(int column) {
            return row.get(column - 1);
        }

        private int index(String column) {
            return schema.fieldIndex(column) + 1;
        }

        @Override
        public String getString(int column) {
            Object value = value(column);
            return value == null ? null : value.toString();
        }

        @Override
        public String getString(String column) {
            return getString(index(column));
        }

        @Override
        public long getLong(int column) {
            Object value = value(column);
            if (value == null) {
                return 0;
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.longValueExact();
            }
            return ((Number) value).longValue();
        }

        @Override
        public long getLong(String column) {
            return getLong(index(column));
        }

        @Override
        public int getInt(int column) {
            return Math.toIntExact(getLong(column));
        }

        @Override
        public int getInt(String column) {
            return getInt(index(column));
        }

        @Override
        public boolean getBoolean(int column) {
            Object value = value(column);
            return value != null && (Boolean) value;
        }

        @Override
        public boolean getBoolean(String column) {
            return getBoolean(index(column));
        }

        @Override
        public LocalDate getDate(String column) {
            Object value = value(index(column));
            if (value instanceof java.sql.Date date) {
                return date.toLocalDate();
            }
            return (LocalDate) value;
        }

        @Override
        public LocalDateTime getTimestamp(int column) {
            Object value = value(column);
            if (value instanceof Instant instant) {
                return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            }
            if (value instanceof java.sql.Timestamp timestamp) {
                return timestamp.toLocalDateTime();
            }
            return (LocalDateTime) value;
        }

        @Override
        public boolean isNull(int column) {
            return value(column) == null;
        }

        @Override
        public boolean isNull(String column) {
            return isNull(index(column));
        }
    }
}

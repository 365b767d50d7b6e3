package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL kept in {@code .sql} resources beside the class that runs it, named after the result it produces. Parameters
 * are bound with {@code ?}; SQL is never built from user input.
 */
public final class SqlResource {
    private SqlResource() {}

    /** The text of {@code name} (e.g. {@code "shares.sql"}) in the package of {@code anchor}. */
    public static String load(Class<?> anchor, String name) {
        requireNonNull(anchor, "anchor is null");
        requireNonNull(name, "name is null");
        try (InputStream stream = anchor.getResourceAsStream(name)) {
            if (stream == null) {
                throw new IllegalStateException("missing SQL resource " + name + " beside " + anchor.getName());
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL resource " + name, e);
        }
    }

    /**
     * Prepares the statement of {@code name} beside {@code anchor} with its {@code ?} parameters bound in order; when
     * parameters are given, they must be as many as the statement takes (DuckDB leaves a missing one NULL silently).
     */
    public static PreparedStatement prepare(Connection connection, Class<?> anchor, String name, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(load(anchor, name));
        try {
            int expected = statement.getParameterMetaData().getParameterCount();
            if (parameters.length > 0 && parameters.length != expected) {
                throw new IllegalArgumentException(
                        name + " takes " + expected + " parameters but was given " + parameters.length);
            }
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    /** The statements of a script, split at semicolons that end a line; comment lines are dropped. */
    public static List<String> statements(Class<?> anchor, String name) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : load(anchor, name).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}

package org.modelcensus.engine;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One {@code SELECT} with its {@code ?} parameters in order, read from a SQL resource in the subset of SQL that DuckDB
 * and Spark share. Queries compose: {@link #with} puts named {@code SELECT}s before a query as common table
 * expressions, so a measure's downloads feed every query that groups them without a table in between.
 *
 * @param name what the query is, for messages (its resource name, with those it is composed of)
 * @param text the SQL, without a final semicolon
 * @param parameters the values of its {@code ?}s, in order; {@code null} is not allowed (bind a flag instead)
 */
public record SqlQuery(String name, String text, List<Object> parameters) {
    public SqlQuery {
        requireNonNull(name, "name is null");
        requireNonNull(text, "text is null");
        parameters = List.copyOf(requireNonNull(parameters, "parameters is null"));
        long marks = text.chars().filter(character -> character == '?').count();
        if (marks != parameters.size()) {
            throw new IllegalArgumentException(
                    name + " takes " + marks + " parameters but was given " + parameters.size());
        }
    }

    /**
     * The query of resource {@code resource} (e.g. {@code "shares.sql"}) beside {@code anchor}, from {@code
     * name.<dialect>.sql} where the dialect needs its own text.
     */
    public static SqlQuery of(String dialect, Class<?> anchor, String resource, Object... parameters) {
        requireNonNull(dialect, "dialect is null");
        requireNonNull(resource, "resource is null");
        if (!resource.endsWith(".sql")) {
            throw new IllegalArgumentException("a query resource ends in .sql: " + resource);
        }
        String own = resource.substring(0, resource.length() - ".sql".length()) + "." + dialect + ".sql";
        String text = read(anchor, own);
        if (text == null) {
            text = read(anchor, resource);
        }
        if (text == null) {
            throw new IllegalStateException("missing SQL resource " + resource + " beside " + anchor.getName());
        }
        return new SqlQuery(resource, withoutComments(text), Arrays.asList(parameters));
    }

    /**
     * This query after the given ones as common table expressions: {@code WITH a AS (…), b AS (…) <this>}, merged
     * with this query's own {@code WITH} when it starts with one; each may refer to those before it.
     */
    public SqlQuery with(List<Named> before) {
        requireNonNull(before, "before is null");
        if (before.isEmpty()) {
            return this;
        }
        StringBuilder composed = new StringBuilder("WITH ");
        List<Object> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Named named : before) {
            composed.append(named.name())
                    .append(" AS (\n")
                    .append(named.query().text())
                    .append("\n),\n");
            all.addAll(named.query().parameters());
            names.add(named.query().name());
        }
        String own = text.stripLeading();
        if (startsWithWord(own, "WITH")) {
            composed.append(own.substring("WITH".length()).stripLeading());
        } else {
            composed.setLength(composed.length() - 2);
            composed.append('\n').append(own);
        }
        all.addAll(parameters);
        names.add(name);
        return new SqlQuery(String.join(" + ", names), composed.toString(), all);
    }

    /** A query that a composed query names as a common table expression. */
    public record Named(String name, SqlQuery query) {
        public Named {
            requireNonNull(name, "name is null");
            requireNonNull(query, "query is null");
            if (!name.matches("[a-z_]+")) {
                throw new IllegalArgumentException("a common table expression's name is lower-case words: " + name);
            }
        }
    }

    private static boolean startsWithWord(String text, String word) {
        return text.regionMatches(true, 0, word, 0, word.length())
                && text.length() > word.length()
                && Character.isWhitespace(text.charAt(word.length()));
    }

    private static String read(Class<?> anchor, String name) {
        try (InputStream stream = anchor.getResourceAsStream(name)) {
            return stream == null ? null : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL resource " + name, e);
        }
    }

    /** The text without its comment lines and final semicolon, so that it can be composed. */
    private static String withoutComments(String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--") && !line.isBlank()) {
                kept.append(line).append('\n');
            }
        }
        String statement = kept.toString().strip();
        return statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement;
    }
}

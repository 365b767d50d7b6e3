package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SqlResource;

/**
 * Puts the registry beside the snapshots as a temporary table {@code registry}, private to one connection, so that
 * the measures can join models to organisations in SQL. The store file itself never holds the registry: a result
 * always uses the registry the user chose for that run.
 */
public final class RegistryTable {
    private RegistryTable() {}

    public static void install(CensusStore store, OrganizationRegistry registry) {
        requireNonNull(store, "store is null");
        requireNonNull(registry, "registry is null");
        try (Statement statement = store.connection().createStatement()) {
            statement.execute(SqlResource.load(RegistryTable.class, "registry_table.sql"));
        } catch (SQLException e) {
            throw CensusStore.failure("cannot create the registry table", e);
        }
        try (DuckDBAppender appender = store.connection().createAppender("temp", "main", "registry")) {
            for (RegistryEntry entry : registry.entries()) {
                Organization organization = entry.organization();
                appender.beginRow();
                appender.append(entry.namespace().toLowerCase(Locale.ROOT));
                appender.append(entry.namespace());
                appender.append(organization.name());
                appender.append(organization.country().code());
                appender.append(organization.type().code());
                appender.endRow();
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot fill the registry table", e);
        }
    }
}

package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelcensus.engine.Engine;

/**
 * Puts the registry beside the snapshots as a session table {@code registry} of one engine, so that the measures can
 * join models to organisations in SQL: {@code namespace_key} (the lower-case namespace), {@code namespace}, {@code
 * organization}, {@code country}, {@code type}. The store itself never holds the registry: a result always uses the
 * registry the user chose for that run.
 */
public final class RegistryTable {
    /** The session table's name. */
    public static final String NAME = "registry";

    private static final List<String> COLUMNS =
            List.of("namespace_key", "namespace", "organization", "country", "type");

    private RegistryTable() {}

    public static void install(Engine engine, OrganizationRegistry registry) {
        requireNonNull(engine, "engine is null");
        requireNonNull(registry, "registry is null");
        List<List<String>> rows = new ArrayList<>(registry.entries().size());
        for (RegistryEntry entry : registry.entries()) {
            Organization organization = entry.organization();
            rows.add(List.of(
                    entry.namespace().toLowerCase(Locale.ROOT),
                    entry.namespace(),
                    organization.name(),
                    organization.country().code(),
                    organization.type().code()));
        }
        engine.install(NAME, COLUMNS, rows);
    }
}

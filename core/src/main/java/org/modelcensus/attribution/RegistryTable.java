package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelcensus.engine.Engine;
import org.modelcensus.source.Hub;

/**
 * Puts the registry beside the snapshots as a session table {@code hub_registry} of one engine, so that the measures
 * can join models to organisations in SQL: {@code hub}, {@code namespace_key} (the lower-case namespace), {@code
 * namespace}, {@code organization}, {@code country}, {@code type}. Hugging Face's namespaces are the registry's own;
 * another hub's are those {@link HubNamespaces} lists, each with the organisation of the Hugging Face namespace it
 * stands for. A measure reads one hub's rows as {@code registry} (registry_of_hub.sql). The store itself never holds
 * the registry: a result always uses the registry the user chose for that run.
 */
public final class RegistryTable {
    /** The session table's name. */
    public static final String NAME = "hub_registry";

    private static final List<String> COLUMNS =
            List.of("hub", "namespace_key", "namespace", "organization", "country", "type");

    private RegistryTable() {}

    public static void install(Engine engine, OrganizationRegistry registry, HubNamespaces namespaces) {
        requireNonNull(engine, "engine is null");
        requireNonNull(registry, "registry is null");
        requireNonNull(namespaces, "namespaces is null");
        List<List<String>> rows =
                new ArrayList<>(registry.entries().size() + namespaces.listed().size());
        for (RegistryEntry entry : registry.entries()) {
            rows.add(row(Hub.HUGGINGFACE, entry.namespace(), entry.organization()));
        }
        for (HubNamespaces.Listed listed : namespaces.listed()) {
            rows.add(row(listed.hub(), listed.namespace(), listed.entry().organization()));
        }
        engine.install(NAME, COLUMNS, rows);
    }

    private static List<String> row(Hub hub, String namespace, Organization organization) {
        return List.of(
                hub.label(),
                namespace.toLowerCase(Locale.ROOT),
                namespace,
                organization.name(),
                organization.country().code(),
                organization.type().code());
    }
}

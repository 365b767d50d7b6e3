package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.ErrorCode;
import org.modelcensus.source.CuratedCsv;
import org.modelcensus.source.Hub;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.RowErrors;

/**
 * Where the namespaces of hubs other than Hugging Face stand in the registry ({@code data/hub_namespaces.csv}: hub,
 * namespace, the Hugging Face namespace of the same organisation, source). An organisation may publish under other
 * names elsewhere (Zhipu AI is {@code THUDM} on Hugging Face and {@code ZhipuAI} on ModelScope), and a name may belong
 * to someone else on another hub, so a namespace of another hub counts only where this file lists it. Namespaces
 * match regardless of case.
 */
public final class HubNamespaces {
    /** The bundled file, curated from OSIR-LMTS's map of organisations to their namespaces on each hub. */
    public static final String BUNDLED = "data/hub_namespaces.csv";

    private static final List<String> HEADER = List.of("hub", "namespace", "huggingface_namespace", "source");

    /** A namespace of another hub, as the file spells it, and the registry entry it stands for. */
    public record Listed(Hub hub, String namespace, RegistryEntry entry) {
        public Listed {
            requireNonNull(hub, "hub is null");
            requireNonNull(namespace, "namespace is null");
            requireNonNull(entry, "entry is null");
        }
    }

    private final OrganizationRegistry registry;
    private final Map<Hub, Map<String, RegistryEntry>> byHub;
    private final List<Listed> listed;

    private HubNamespaces(
            OrganizationRegistry registry, Map<Hub, Map<String, RegistryEntry>> byHub, List<Listed> listed) {
        this.registry = registry;
        this.byHub = byHub;
        this.listed = List.copyOf(listed);
    }

    /** The bundled mapping onto {@code registry}; every Hugging Face namespace it names must be in the registry. */
    public static HubNamespaces bundled(OrganizationRegistry registry) {
        return load(InputFile.resource(BUNDLED), registry, true);
    }

    /**
     * The bundled mapping onto {@code registry}, leaving out the rows whose Hugging Face namespace the registry lacks
     * (a registry of the user's own need not list them all): how measures attribute other hubs' snapshots.
     */
    public static HubNamespaces bundledWhereRegistered(OrganizationRegistry registry) {
        return load(InputFile.resource(BUNDLED), registry, false);
    }

    /** Every namespace of other hubs the mapping lists, in the file's order. */
    public List<Listed> listed() {
        return listed;
    }

    /**
     * Reads a mapping onto {@code registry}; a row naming a hub that is not one, Hugging Face itself, a Hugging Face
     * namespace the registry lacks, no source, or a namespace twice is an {@link ErrorCode#INVALID_REGISTRY} error.
     */
    public static HubNamespaces load(InputFile file, OrganizationRegistry registry) {
        return load(file, registry, true);
    }

    private static HubNamespaces load(InputFile file, OrganizationRegistry registry, boolean strict) {
        requireNonNull(file, "file is null");
        requireNonNull(registry, "registry is null");
        RowErrors errors = new RowErrors();
        Map<Hub, Map<String, RegistryEntry>> byHub = new EnumMap<>(Hub.class);
        List<Listed> listed = new ArrayList<>();
        CuratedCsv.read(file, HEADER, errors, (record, place) -> {
            Optional<Hub> hub = Hub.of(record.get(0).strip());
            String namespace = record.get(1).strip();
            String huggingface = record.get(2).strip();
            Optional<RegistryEntry> entry = registry.lookup(huggingface);
            if (hub.isEmpty() || hub.get() == Hub.HUGGINGFACE) {
                errors.add(place, "hub \"" + record.get(0) + "\"; expected modelscope (a hub other than Hugging Face)");
            } else if (namespace.isEmpty() || record.get(3).isBlank()) {
                errors.add(place, "a namespace and a source are required");
            } else if (entry.isEmpty() && !strict) {
                // left out: this registry does not know the organisation
            } else if (entry.isEmpty()) {
                errors.add(
                        place,
                        "Hugging Face namespace \"" + huggingface + "\" is not in registry "
                                + registry.version().name());
            } else if (byHub.computeIfAbsent(hub.get(), ignored -> new HashMap<>())
                            .putIfAbsent(namespace.toLowerCase(Locale.ROOT), entry.get())
                    != null) {
                errors.add(place, "namespace \"" + namespace + "\" of " + hub.get() + " is listed twice");
            } else {
                listed.add(new Listed(hub.get(), namespace, entry.get()));
            }
        });
        errors.throwIfAny(ErrorCode.INVALID_REGISTRY, "hub namespaces " + file.name() + " are invalid:");
        return new HubNamespaces(registry, byHub, listed);
    }

    /** The registry entry of a namespace of a hub: on Hugging Face its own, elsewhere the listed one, if any. */
    public Optional<RegistryEntry> lookup(Hub hub, String namespace) {
        requireNonNull(hub, "hub is null");
        requireNonNull(namespace, "namespace is null");
        if (hub == Hub.HUGGINGFACE) {
            return registry.lookup(namespace);
        }
        return Optional.ofNullable(byHub.getOrDefault(hub, Map.of()).get(namespace.toLowerCase(Locale.ROOT)));
    }
}

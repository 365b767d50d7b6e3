package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.attribution.HubNamespaces;
import org.modelcensus.attribution.RegistryEntry;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;
import org.modelcensus.source.Hub;
import org.modelcensus.store.SnapshotSummary;

/**
 * Links the same model on two hubs ({@code Qwen/Qwen2.5-7B-Instruct} on ModelScope and on Hugging Face; {@code
 * ZhipuAI/glm-4-9b-chat} on ModelScope and {@code THUDM/glm-4-9b-chat} on Hugging Face): a ModelScope model and a
 * Hugging Face model of the same name (regardless of case) whose namespaces belong to the same organisation. A link is
 * of high confidence where the Hugging Face namespace is the one {@code data/hub_namespaces.csv} pairs with the
 * ModelScope namespace, of medium confidence where it is another namespace of the same organisation; a ModelScope
 * model with several such Hugging Face models is ambiguous and left unlinked, with its candidates.
 */
public final class HubLinks {
    /** How sure a link is. */
    public enum Confidence {
        HIGH("high"),
        MEDIUM("medium");

        private final String label;

        Confidence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One model on both hubs. */
    public record Link(String modelscope, String huggingface, Confidence confidence) {
        public Link {
            requireNonNull(modelscope, "modelscope is null");
            requireNonNull(huggingface, "huggingface is null");
            requireNonNull(confidence, "confidence is null");
        }
    }

    /** A ModelScope model that several Hugging Face models of its organisation could be. */
    public record Ambiguous(String modelscope, List<String> candidates) {
        public Ambiguous {
            requireNonNull(modelscope, "modelscope is null");
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * The links between two snapshots.
     *
     * @param unlinked ModelScope models with no Hugging Face model of their name and organisation (or of an
     *     organisation the registry does not know)
     */
    public record Result(
            SnapshotSummary modelscope,
            SnapshotSummary huggingface,
            List<Link> links,
            List<Ambiguous> ambiguous,
            long unlinked) {
        public Result {
            requireNonNull(modelscope, "modelscope is null");
            requireNonNull(huggingface, "huggingface is null");
            links = List.copyOf(links);
            ambiguous = List.copyOf(ambiguous);
        }

        public long linked(Confidence confidence) {
            return links.stream()
                    .filter(link -> link.confidence() == confidence)
                    .count();
        }
    }

    private final Engine engine;
    private final HubNamespaces namespaces;

    public HubLinks(Engine engine, HubNamespaces namespaces) {
        this.engine = requireNonNull(engine, "engine is null");
        this.namespaces = requireNonNull(namespaces, "namespaces is null");
    }

    /** Links the models of a ModelScope snapshot to those of a Hugging Face one. */
    public Result link(SnapshotSummary modelscope, SnapshotSummary huggingface) {
        requireNonNull(modelscope, "modelscope is null");
        requireNonNull(huggingface, "huggingface is null");
        Map<String, List<String[]>> huggingfaceByName = new HashMap<>();
        models(
                huggingface,
                (id, namespace) -> huggingfaceByName
                        .computeIfAbsent(name(id), ignored -> new ArrayList<>())
                        .add(new String[] {id, namespace}));
        List<Link> links = new ArrayList<>();
        List<Ambiguous> ambiguous = new ArrayList<>();
        long[] unlinked = {0};
        models(modelscope, (id, namespace) -> {
            Optional<RegistryEntry> organization = namespaces.lookup(Hub.MODELSCOPE, namespace);
            List<String[]> candidates = organization.isEmpty()
                    ? List.of()
                    : huggingfaceByName.getOrDefault(name(id), List.of()).stream()
                            .filter(candidate -> namespaces
                                    .lookup(Hub.HUGGINGFACE, candidate[1])
                                    .map(entry -> entry.organization()
                                            .equals(organization.get().organization()))
                                    .orElse(false))
                            .toList();
            if (candidates.isEmpty()) {
                unlinked[0]++;
            } else if (candidates.size() > 1) {
                ambiguous.add(new Ambiguous(
                        id, candidates.stream().map(candidate -> candidate[0]).toList()));
            } else {
                String[] candidate = candidates.get(0);
                boolean paired =
                        candidate[1].equalsIgnoreCase(organization.get().namespace());
                links.add(new Link(id, candidate[0], paired ? Confidence.HIGH : Confidence.MEDIUM));
            }
        });
        return new Result(modelscope, huggingface, links, ambiguous, unlinked[0]);
    }

    private interface ModelConsumer {
        void accept(String id, String namespace);
    }

    private void models(SnapshotSummary snapshot, ModelConsumer consumer) {
        engine.forEach(
                SqlQuery.of(engine.dialect(), HubLinks.class, "hub_models.sql", snapshot.id()),
                row -> consumer.accept(row.getString("model_id"), row.getString("namespace")));
    }

    private static String name(String id) {
        return id.substring(id.indexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}

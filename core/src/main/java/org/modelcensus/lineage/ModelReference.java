package org.modelcensus.lineage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcensus.source.ModelId;

/**
 * Normalises how a model card names its base model: trims whitespace and turns Hub URLs
 * ({@code https://huggingface.co/org/name}, with or without {@code /tree/main}) into {@code org/name}, keeping case.
 */
final class ModelReference {
    private static final Pattern HUB_URL = Pattern.compile(
            "(?i)(?:https?://)?(?:www\\.)?(?:huggingface\\.co|hf\\.co)/([^/?#]+)/([^/?#]+)(?:/(?:tree|blob|resolve)/.*)?/?");

    private ModelReference() {}

    /** The model id a reference names; empty when it names no model (a dataset, a space, another site). */
    static Optional<String> normalize(String reference) {
        String text = reference.strip();
        Matcher url = HUB_URL.matcher(text);
        if (url.matches()) {
            String owner = url.group(1);
            if (owner.equalsIgnoreCase("datasets") || owner.equalsIgnoreCase("spaces")) {
                return Optional.empty();
            }
            text = owner + "/" + url.group(2);
        }
        return ModelId.parse(text).map(ModelId::toString);
    }
}

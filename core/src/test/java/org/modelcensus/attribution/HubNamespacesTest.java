package org.modelcensus.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.source.Hub;
import org.modelcensus.source.InputFile;

class HubNamespacesTest {
    @TempDir
    Path directory;

    @Test
    void everyBundledNamespaceMapsOntoTheBundledRegistry() throws Exception {
        long rows = Files.readAllLines(Path.of("../data/hub_namespaces.csv")).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .count();

        HubNamespaces namespaces = HubNamespaces.bundled(OrganizationRegistry.bundled());

        assertThat(namespaces.listed()).hasSize((int) rows);
        assertThat(namespaces.lookup(Hub.MODELSCOPE, "zhipuai").orElseThrow().organization())
                .isEqualTo(OrganizationRegistry.bundled()
                        .lookup("THUDM")
                        .orElseThrow()
                        .organization());
    }

    @Test
    void aRegistryOfOnesOwnKeepsTheNamespacesItKnowsOnly() throws Exception {
        Path file = directory.resolve("registry.csv");
        Files.writeString(
                file,
                "namespace,organization,country,type,source\n"
                        + "BAAI,Beijing Academy of Artificial Intelligence,CN,nonprofit,a test\n");
        OrganizationRegistry own = OrganizationRegistry.load(InputFile.of(file));

        HubNamespaces lenient = HubNamespaces.bundledWhereRegistered(own);

        assertThat(lenient.listed()).extracting(HubNamespaces.Listed::namespace).containsExactly("BAAI");
        assertThat(lenient.lookup(Hub.MODELSCOPE, "baai")).isPresent();
        assertThat(lenient.lookup(Hub.MODELSCOPE, "ZhipuAI")).isEmpty();
        assertThatThrownBy(() -> HubNamespaces.bundled(own))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("is not in registry");
    }
}

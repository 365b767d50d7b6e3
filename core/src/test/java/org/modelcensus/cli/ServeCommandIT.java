package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `serve` says about where it listens, checked on real server processes. */
class ServeCommandIT {
    @TempDir
    static Path directory;

    private static Path store;

    @BeforeAll
    static void importSample() {
        store = directory.resolve("sample.duckdb");
        assertThat(new CliRunner(directory, Map.of())
                        .run("import", "--sample", "--store", store.toString())
                        .exitCode())
                .isZero();
    }

    /** The lines a server prints up to where it says it serves; the server is stopped then. */
    private static List<String> startLines(String bind) throws Exception {
        try (ServerProcess server = ServerProcess.start(store, "--bind", bind)) {
            return server.lines();
        }
    }

    @Test
    void everyInterfaceIsServedWithAWarning() throws Exception {
        List<String> lines = startLines("0.0.0.0");

        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("modelcensus: warning: --bind 0.0.0.0 answers on every network interface")
                        .contains("reachable from other machines"));
        assertThat(lines.get(lines.size() - 1)).startsWith("modelcensus: serving http://0.0.0.0:");
    }

    @Test
    void anIpv6AddressIsPrintedInBrackets() throws Exception {
        boolean ipv6 = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .anyMatch(address -> address instanceof Inet6Address && address.isLoopbackAddress());
        assumeThat(ipv6).as("this machine has an IPv6 loopback").isTrue();

        List<String> lines = startLines("::1");

        assertThat(lines.get(lines.size() - 1)).matches("modelcensus: serving http://\\[::1\\]:[0-9]+/ from store .*");
        assertThat(lines).noneMatch(line -> line.contains("warning"));
    }

    @Test
    void anAddressOfAnotherMachineIsAUsageErrorNotAPortInUse() throws Exception {
        assertThat(InetAddress.getByName("192.0.2.1").isLoopbackAddress()).isFalse();

        CliRunner.Result result = new CliRunner(directory, Map.of())
                .run("serve", "--bind", "192.0.2.1", "--port", "0", "--store", store.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("modelcensus serve: --bind 192.0.2.1 is not an address of this machine")
                .doesNotContain("in use");
    }
}

package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.serve.CensusApi;
import org.modelcensus.serve.CensusServer;
import org.modelcensus.serve.ServeLimits;
import org.modelcensus.store.CensusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the REST API and the dashboard over the store, read-only.",
            "",
            "Endpoints answer the same JSON as the CLI's --format json, with query parameters named like its flags:"
                    + " /api/status, /api/shares?by=country, /api/series?by=country, /api/crossover?by=country&a=CN"
                    + "&b=US, /api/families, /api/lineage/{owner}/{name}, /api/models?search=TEXT. The dashboard is at"
                    + " /. A bad parameter is answered 400 with JSON {code, message, field}. Uncached requests run in"
                    + " parallel on --workers read connections; one that finds them all busy, or misses --deadline,"
                    + " is answered 503 with Retry-After. Answers are cached (--cache-mb).",
            "The store is opened read-only: other commands may read it meanwhile, but none can write to it until the"
                    + " server stops.",
            ""
        })
final class ServeCommand implements Callable<Integer> {
    /** How long stopping may take before the JVM exits anyway. */
    private static final int SHUTDOWN_SECONDS = 10;

    private final CliContext context;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The port (default 8080).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default 127.0.0.1, this machine only).")
    String bind;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description = "Uncached requests answered in parallel, each on its own read connection."
                    + " Default: the machine's cores, at most 4.")
    Integer workers;

    @Option(
            names = "--cache-mb",
            paramLabel = "MB",
            defaultValue = "64",
            description = "The most megabytes of answers kept in memory (default ${DEFAULT-VALUE}).")
    long cacheMegabytes;

    @Option(
            names = "--deadline",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "How long a request may wait for its answer before it gets 503 (default ${DEFAULT-VALUE});"
                    + " the work goes on and its answer is cached for the retry.")
    int deadlineSeconds;

    @Mixin
    CommonOptions common;

    ServeCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    /** The address to listen on: a literal or a name of this machine; anything else is a usage error. */
    private static InetAddress localAddress(String bind) {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw CensusException.invalidArgument(
                    "bind", "--bind " + bind + " is not an address or a known host name; expected e.g. 127.0.0.1");
        }
        boolean local;
        try {
            local = address.isAnyLocalAddress()
                    || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            local = false;
        }
        if (!local) {
            throw CensusException.invalidArgument(
                    "bind",
                    "--bind " + bind + " is not an address of this machine; expected 127.0.0.1 (this machine only),"
                            + " 0.0.0.0 (every interface) or one of its own addresses");
        }
        return address;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw CensusException.invalidArgument("port", "--port is " + port + "; expected 0 to 65535");
        }
        if (workers != null && (workers < 1 || workers > 64)) {
            throw CensusException.invalidArgument("workers", "--workers is " + workers + "; expected 1 to 64");
        }
        if (cacheMegabytes < 0 || cacheMegabytes > 1 << 20) {
            throw CensusException.invalidArgument(
                    "cache-mb", "--cache-mb is " + cacheMegabytes + "; expected 0 to 1048576");
        }
        if (deadlineSeconds < 1) {
            throw CensusException.invalidArgument(
                    "deadline", "--deadline is " + deadlineSeconds + "; expected a positive number of seconds");
        }
        InetAddress address = localAddress(bind);
        ServeLimits defaults = ServeLimits.defaults();
        ServeLimits limits = new ServeLimits(
                workers == null ? defaults.workers() : workers,
                cacheMegabytes << 20,
                Duration.ofSeconds(deadlineSeconds),
                defaults.queueWait());
        OrganizationRegistry registry = common.registry();
        CensusStore store = common.openForReading(context);
        CensusApi api;
        try {
            api = new CensusApi(store, registry, context.json(), limits);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        try (api;
                CensusServer server = CensusServer.start(api, context.json(), bind, port)) {
            if (address.isAnyLocalAddress()) {
                context.err()
                        .println("modelcensus: warning: --bind " + bind + " answers on every network interface: the"
                                + " API and dashboard are reachable from other machines (the default 127.0.0.1"
                                + " keeps them to this one)");
            }
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            context.err()
                    .println("modelcensus: serving http://" + host + ":" + server.port() + "/ from store "
                            + store.path() + " (read-only); Ctrl-C stops");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopping.countDown();
                try {
                    stopped.await(SHUTDOWN_SECONDS, TimeUnit.SECONDS); // let the server and the store close first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            stopping.await();
        } finally {
            stopped.countDown();
        }
        return 0;
    }
}

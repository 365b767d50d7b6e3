package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.serve.CensusApi;
import org.modelcensus.serve.CensusServer;
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
                    + " /. A bad parameter is answered 400 with JSON {code, message, field}. Answers are cached.",
            "The store is opened read-only: other commands may read it meanwhile, but none can write to it until the"
                    + " server stops.",
            ""
        })
final class ServeCommand implements Callable<Integer> {
    /** How many answers the server keeps. */
    static final int CACHED_ANSWERS = 512;

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

    @Mixin
    CommonOptions common;

    ServeCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw CensusException.invalidArgument("port", "--port is " + port + "; expected 0 to 65535");
        }
        OrganizationRegistry registry = common.registry();
        CensusStore store = common.openForReading(context);
        CensusApi api;
        try {
            api = new CensusApi(store, registry, context.json(), CACHED_ANSWERS);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        try (api;
                CensusServer server = CensusServer.start(api, context.json(), bind, port)) {
            context.err()
                    .println("modelcensus: serving http://" + bind + ":" + server.port() + "/ from store "
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

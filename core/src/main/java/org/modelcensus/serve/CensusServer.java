package org.modelcensus.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.util.JavalinBindException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.report.Palette;
import org.modelcensus.report.WebAssets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: the REST API under {@code /api} and the dashboard at {@code /}. Handlers parse, delegate to
 * {@link CensusApi} and render; a bad parameter is a 400 with JSON {@code {code, message, field}}, an unknown model a
 * 404, no capacity or a missed deadline a 503 (with {@code Retry-After}), and anything else a 500 without a stack
 * trace. Only GET is answered: the server is read-only.
 */
public final class CensusServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CensusServer.class);

    /** Marks an error the API answered itself, so that the page-not-found answer leaves it alone. */
    private static final String ANSWERED = "modelcensus.answered";

    /** The dashboard runs its own two scripts and nothing else; its one style sheet is inline. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    /** The ECharts build the dashboard draws with, from its WebJar. */
    private final Javalin app;

    private CensusServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on {@code bind}:{@code port} (port 0 picks a free one). */
    public static CensusServer start(CensusApi api, ObjectMapper json, String bind, int port) {
        requireNonNull(api, "api is null");
        requireNonNull(json, "json is null");
        byte[] dashboard = WebAssets.bytes("org/modelcensus/serve/dashboard.html");
        byte[] script = WebAssets.bytes("org/modelcensus/serve/dashboard.js");
        byte[] echarts = WebAssets.bytes(WebAssets.ECHARTS);
        byte[] palette = WebAssets.bytes(Palette.RESOURCE);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            // Jetty answers some bad requests itself (a URI or headers too long): in JSON too
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(json)));
        });
        app.before(context -> {
            context.header("X-Content-Type-Options", "nosniff");
            context.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            context.header("Referrer-Policy", "no-referrer");
        });
        get(app, "/", context -> context.contentType("text/html; charset=utf-8").result(dashboard));
        get(
                app,
                "/dashboard.js",
                context -> context.contentType("text/javascript; charset=utf-8").result(script));
        get(
                app,
                "/assets/echarts.min.js",
                context -> context.contentType("text/javascript; charset=utf-8")
                        .header("Cache-Control", "max-age=86400")
                        .result(echarts));
        get(
                app,
                "/assets/palette.json",
                context -> context.contentType("application/json").result(palette));
        json(app, "/api/status", api::status);
        json(app, "/api/shares", api::shares);
        json(app, "/api/sensitivity", api::sensitivity);
        json(app, "/api/report", api::report);
        json(app, "/api/series", api::series);
        json(app, "/api/crossover", api::crossover);
        json(app, "/api/arena", api::arena);
        json(app, "/api/arena/adoption", api::arenaAdoption);
        json(app, "/api/families", api::families);
        json(app, "/api/hubs", api::hubs);
        json(app, "/api/models", api::models);
        get(
                app,
                "/api/lineage/{owner}/{name}",
                context -> context.contentType("application/json")
                        .result(api.lineage(
                                context.pathParam("owner"), context.pathParam("name"), context.queryParamMap())));
        app.exception(CensusException.class, (error, context) -> problem(json, context, error));
        app.exception(Exception.class, (error, context) -> {
            LOG.error("internal error answering {}", context.path(), error);
            context.status(500)
                    .contentType("application/json")
                    .result(problemBody(json, "INTERNAL", "internal error; the server's log has the details"));
        });
        for (HandlerType method : List.of(
                HandlerType.POST,
                HandlerType.PUT,
                HandlerType.DELETE,
                HandlerType.PATCH,
                HandlerType.OPTIONS,
                HandlerType.TRACE)) {
            app.addHttpHandler(method, "/*", context -> {
                context.header("Allow", "GET, HEAD");
                context.status(405)
                        .contentType("application/json")
                        .result(problemBody(
                                json, "METHOD_NOT_ALLOWED", "the server is read-only: only GET and HEAD are answered"));
            });
        }
        app.error(404, context -> {
            if (context.attribute(ANSWERED) != null) {
                return; // a 404 the API answered itself (an unknown model)
            }
            context.contentType("application/json")
                    .result(problemBody(json, "NOT_FOUND", "no such page: " + context.path()));
        });
        try {
            app.start(bind, port);
        } catch (JavalinBindException e) {
            throw CensusException.invalidArgument(
                    "port", "port " + port + " on " + bind + " is in use; choose another --port (0 picks a free one)");
        }
        return new CensusServer(app);
    }

    /** The one JSON body of every error: {@code {code, message, field}}. */
    static String problemBody(ObjectMapper json, String code, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("code", code);
        body.put("message", message);
        body.putNull("field");
        return body.toString();
    }

    private static void json(Javalin app, String path, Function<Map<String, List<String>>, byte[]> endpoint) {
        get(
                app,
                path,
                context -> context.contentType("application/json").result(endpoint.apply(context.queryParamMap())));
    }

    /** Answers GET, and HEAD alike without the body (Jetty drops it, keeping the length). */
    private static void get(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    private static void problem(ObjectMapper json, Context context, CensusException error) {
        context.attribute(ANSWERED, Boolean.TRUE);
        ObjectNode body = json.createObjectNode();
        body.put("code", error.code().name());
        body.put("message", error.getMessage());
        error.field().ifPresentOrElse(field -> body.put("field", field), () -> body.putNull("field"));
        int status = switch (error.code()) {
            case MODEL_NOT_FOUND -> 404;
            case SERVER_BUSY, STORE_IN_USE -> 503;
            case STORE_FAILURE -> 500;
            default -> error.code().category() == ErrorCode.Category.INTERNAL ? 500 : 400;
        };
        if (status == 500) {
            LOG.error("store failure answering {}", context.path(), error);
            body.put("message", "internal error; the server's log has the details");
        }
        if (status == 503) {
            context.header("Retry-After", "2");
        }
        context.status(status).contentType("application/json").result(body.toString());
    }

    /** The port served, useful when started on port 0. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}

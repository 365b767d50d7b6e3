package org.modelcensus.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answers to requests it refuses before the application sees them (a URI too long: 414, headers too large:
 * 431, a malformed request: 400), as the same JSON as every other error instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final ObjectMapper json;

    JsonErrorHandler(ObjectMapper json) {
        this.json = requireNonNull(json, "json is null");
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        fields.put(new HttpField("X-Content-Type-Options", "nosniff"));
        String code = switch (status) {
            case 414 -> "URI_TOO_LONG";
            case 431 -> "HEADERS_TOO_LARGE";
            default -> "BAD_REQUEST";
        };
        String message = switch (status) {
            case 414 -> "the request's URI is too long";
            case 431 -> "the request's headers are too large";
            default -> "the request is malformed" + (reason == null ? "" : " (" + reason + ")");
        };
        return ByteBuffer.wrap(CensusServer.problemBody(json, code, message).getBytes(StandardCharsets.UTF_8));
    }
}

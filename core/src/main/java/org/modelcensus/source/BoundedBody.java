package org.modelcensus.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a bound: a larger one fails the response (and cancels the download) instead
 * of filling the heap, whatever the server sends.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long maximum;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private volatile boolean overflowed;

    /** The failure of a body over the bound. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long maximum) {
            super("the answer is larger than " + (maximum >> 20) + " MiB; stopped reading it");
        }
    }

    BoundedBody(long maximum) {
        this.maximum = maximum;
    }

    /**
     * The failure to report when the body went over the bound (the HTTP client passes on only the message of the
     * subscriber's failure), or none.
     */
    java.util.Optional<TooLarge> overflow() {
        return overflowed ? java.util.Optional.of(new TooLarge(maximum)) : java.util.Optional.empty();
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > maximum) {
                overflowed = true;
                subscription.cancel();
                result.completeExceptionally(new TooLarge(maximum));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}

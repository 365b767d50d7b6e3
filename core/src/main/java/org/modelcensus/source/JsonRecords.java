package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream of JSON into its records without parsing them: JSON Lines (a record per line) or JSON arrays (a
 * record per element; several arrays one after another, as saved {@code /api/models} pages are, form one stream).
 * The first character decides which; a UTF-8 byte order mark is skipped. A record longer than {@link
 * #MAXIMUM_RECORD_BYTES} is reported, not held: memory stays bounded whatever the input.
 */
final class JsonRecords {
    /** The longest record (a line, or an array element) read: 64 MiB. */
    static final int MAXIMUM_RECORD_BYTES = 64 << 20;

    /** What the splitter finds. */
    interface Listener {
        /** A record starting on {@code line}: its bytes are {@code bytes[0, length)}, valid until the next call. */
        void record(long line, byte[] bytes, int length);

        /** A record starting on {@code line} was longer than the maximum and was skipped. */
        void tooLong(long line);

        /** The stream breaks the structure at {@code line}; nothing after it is read. */
        void malformed(long line, String problem);
    }

    private final InputStream input;
    private final Listener listener;
    private final int maximum;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private byte[] record = new byte[1 << 12];
    private int length;
    private boolean overflow;

    private JsonRecords(InputStream input, Listener listener, int maximum) {
        this.input = requireNonNull(input, "input is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.maximum = maximum;
    }

    static void split(InputStream input, Listener listener) throws IOException {
        split(input, listener, MAXIMUM_RECORD_BYTES);
    }

    /** As {@link #split(InputStream, Listener)} with another maximum, for tests. */
    static void split(InputStream input, Listener listener, int maximum) throws IOException {
        new JsonRecords(input, listener, maximum).run();
    }

    private void run() throws IOException {
        skipByteOrderMark();
        int first = peekNonWhitespace();
        if (first == '[') {
            arrays();
        } else if (first >= 0) {
            lines();
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (fill()
                && limit - position >= 3
                && (buffer[position] & 0xff) == 0xef
                && (buffer[position + 1] & 0xff) == 0xbb
                && (buffer[position + 2] & 0xff) == 0xbf) {
            position += 3;
        }
    }

    /** The next byte that is not JSON whitespace, without consuming it (newlines before it are counted); -1 at EOF. */
    private int peekNonWhitespace() throws IOException {
        while (fill()) {
            int next = buffer[position] & 0xff;
            if (next != ' ' && next != '\t' && next != '\r' && next != '\n') {
                return next;
            }
            if (next == '\n') {
                line++;
            }
            position++;
        }
        return -1;
    }

    private void lines() throws IOException {
        long start = line;
        while (fill()) {
            byte next = buffer[position++];
            if (next == '\n') {
                endLine(start);
                line++;
                start = line;
            } else {
                append(next);
            }
        }
        endLine(start);
    }

    private void endLine(long start) {
        if (length > 0 && record[length - 1] == '\r') {
            length--;
        }
        if (overflow) {
            listener.tooLong(start);
        } else if (!blank()) {
            listener.record(start, record, length);
        }
        length = 0;
        overflow = false;
    }

    private boolean blank() {
        for (int index = 0; index < length; index++) {
            byte next = record[index];
            if (next != ' ' && next != '\t' && next != '\r') {
                return false;
            }
        }
        return true;
    }

    /** One array after another: the elements of each, at depth 1, are the records. */
    private void arrays() throws IOException {
        while (true) {
            int next = peekNonWhitespace();
            if (next < 0) {
                return;
            }
            if (next != '[') {
                listener.malformed(line, "expected '[' (another page of models) or the end of the file");
                return;
            }
            position++;
            if (!elements()) {
                return;
            }
        }
    }

    /** The elements of one array, after its '['; false when the stream ended or broke inside it. */
    private boolean elements() throws IOException {
        while (true) {
            int next = peekNonWhitespace();
            if (next < 0) {
                listener.malformed(line, "the file ends inside a JSON array (a truncated page?)");
                return false;
            }
            if (next == ']') {
                position++;
                return true;
            }
            long start = line;
            int ended = element();
            if (ended < 0) {
                listener.malformed(line, "the file ends inside a JSON array (a truncated page?)");
                return false;
            }
            if (overflow) {
                listener.tooLong(start);
            } else {
                listener.record(start, record, length);
            }
            length = 0;
            overflow = false;
            if (ended == ']') {
                return true;
            }
        }
    }

    /**
     * Reads one element into the record, up to the ',' or ']' that ends it at the array's level (consumed); returns
     * that byte, or -1 at the end of the stream.
     */
    private int element() throws IOException {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (fill()) {
            byte next = buffer[position++];
            if (next == '\n') {
                line++;
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (next == '\\') {
                    escaped = true;
                } else if (next == '"') {
                    inString = false;
                }
            } else if (next == '"') {
                inString = true;
            } else if (next == '{' || next == '[') {
                depth++;
            } else if (next == '}' || next == ']') {
                if (depth == 0) {
                    return next; // the array's own ']'
                }
                depth--;
            } else if (next == ',' && depth == 0) {
                return next;
            }
            append(next);
        }
        return -1;
    }

    private void append(byte next) {
        if (overflow) {
            return;
        }
        if (length == maximum) {
            overflow = true;
            return;
        }
        if (length == record.length) {
            record = Arrays.copyOf(record, (int) Math.min((long) record.length * 2, maximum));
        }
        record[length++] = next;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        limit = input.read(buffer);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }
}

package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.Sha256;
import org.modelcensus.source.HubClient;
import org.modelcensus.source.HubPage;
import org.modelcensus.source.ModelRecord;
import org.modelcensus.source.RowErrors;

/**
 * Crawls the Hub's model listing into one snapshot, dated at the crawl's start and written atomically. Each page is
 * committed with a checkpoint (the next page, the pages and models so far) in one transaction, so that running the
 * same crawl again after an interruption (Ctrl-C, kill -9, power loss) resumes after the last committed page: no page
 * is fetched twice and none is lost. The snapshot appears only when the last page is in; a model listed on several
 * pages (the listing can shift while it is walked) is kept once, as last seen.
 */
public final class HubCrawler {
    private final CensusStore store;
    private final HubClient client;
    private final SnapshotImporter importer;
    private final Clock clock;

    public HubCrawler(CensusStore store, HubClient client, SnapshotImporter importer, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.client = requireNonNull(client, "client is null");
        this.importer = requireNonNull(importer, "importer is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Where a crawl stands, as its checkpoint says. */
    private record Checkpoint(
            LocalDate snapshotDate, int listing, Optional<URI> nextPage, long pages, long models, Duration waited) {}

    public CrawlResult crawl(CrawlRequest request, CrawlProgress progress) throws InterruptedException {
        requireNonNull(request, "request is null");
        requireNonNull(progress, "progress is null");
        if (request.hub() != client.listing().hub()) {
            throw new IllegalArgumentException("a crawl of " + request.hub() + " with a client of "
                    + client.listing().hub());
        }
        String key = request.key();
        Connection connection = store.connection();
        try {
            if (request.restart()) {
                forget(connection, key);
            }
            Optional<Checkpoint> saved = checkpoint(connection, key);
            boolean resumed = saved.isPresent();
            Checkpoint checkpoint = saved.orElseGet(() -> start(connection, request, key));
            importer.createStaging();
            try (Statement statement = connection.createStatement()) {
                statement.execute(SqlResource.load(HubCrawler.class, "crawl_page_staging.sql"));
            }
            RowErrors skipped = new RowErrors();
            while (checkpoint.nextPage().isPresent() && !limitReached(request, checkpoint)) {
                URI url = checkpoint.nextPage().get();
                requireProgress(connection, request, key, checkpoint, url);
                HubPage page = client.fetch(url, progress::waiting);
                checkpoint = commitPage(connection, request, key, checkpoint, page, skipped);
                progress.page(checkpoint.pages(), checkpoint.models(), checkpoint.waited());
            }
            ImportResult snapshot = finish(connection, request, key, checkpoint);
            return new CrawlResult(
                    snapshot,
                    checkpoint.pages(),
                    checkpoint.models(),
                    checkpoint.waited(),
                    resumed,
                    skipped.count(),
                    skipped.messages());
        } catch (SQLException e) {
            throw CensusStore.failure("cannot write the crawl into store " + store.path(), e);
        }
    }

    /**
     * Stops a crawl that would loop: a next page the crawl has already fetched (a listing whose cursor repeats), or
     * more pages than the limit or listing can need.
     */
    private static void requireProgress(
            Connection connection, CrawlRequest request, String key, Checkpoint checkpoint, URI url)
            throws SQLException {
        if (checkpoint.pages() >= request.maximumPages()) {
            throw new CensusException(
                    ErrorCode.HUB_UNAVAILABLE,
                    "the crawl has fetched " + checkpoint.pages() + " pages, more than its " + request.maximumPages()
                            + " can need; stopping as the listing does not end (the pages so far are kept; --restart"
                            + " starts over)");
        }
        try (PreparedStatement visited =
                connection.prepareStatement(SqlResource.load(HubCrawler.class, "crawl_visited.sql"))) {
            visited.setString(1, key);
            visited.setString(2, url.toString());
            try (ResultSet rows = visited.executeQuery()) {
                if (rows.next()) {
                    throw new CensusException(
                            ErrorCode.HUB_UNAVAILABLE,
                            "the Hub's next page " + url + " is page " + rows.getLong(1) + " again: its cursor repeats,"
                                    + " so the listing would loop; stopping (the pages so far are kept; --restart"
                                    + " starts over)");
                }
            }
        }
    }

    private static boolean limitReached(CrawlRequest request, Checkpoint checkpoint) {
        return request.limit().isPresent()
                && checkpoint.models() >= request.limit().getAsLong();
    }

    private Checkpoint start(Connection connection, CrawlRequest request, String key) {
        LocalDateTime started = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        URI first = request.firstPage(0);
        try (PreparedStatement statement =
                connection.prepareStatement(SqlResource.load(HubCrawler.class, "crawl_start.sql"))) {
            statement.setString(1, key);
            statement.setString(2, first.toString());
            statement.setString(3, request.source());
            statement.setObject(4, started.toLocalDate());
            statement.setTimestamp(5, Timestamp.valueOf(started));
            statement.setString(6, first.toString());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw CensusStore.failure("cannot record the start of a crawl", e);
        }
        return new Checkpoint(started.toLocalDate(), 0, Optional.of(first), 0, 0, Duration.ZERO);
    }

    private static Optional<Checkpoint> checkpoint(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(SqlResource.load(HubCrawler.class, "crawl_checkpoint.sql"))) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String next = rows.getString("next_page");
                return Optional.of(new Checkpoint(
                        rows.getObject("snapshot_date", LocalDate.class),
                        rows.getInt("listing_index"),
                        Optional.ofNullable(next).map(URI::create),
                        rows.getLong("pages"),
                        rows.getLong("models"),
                        Duration.ofMillis(Math.round(rows.getDouble("waited_seconds") * 1000))));
            }
        }
    }

    /** Stages a page's models and commits them with the new checkpoint in one transaction. */
    private Checkpoint commitPage(
            Connection connection,
            CrawlRequest request,
            String key,
            Checkpoint checkpoint,
            HubPage page,
            RowErrors skipped)
            throws SQLException {
        long room = request.limit().isPresent() ? request.limit().getAsLong() - checkpoint.models() : Long.MAX_VALUE;
        long staged = 0;
        long position = 0;
        try (DuckDBAppender appender = store.connection().createAppender("temp", "main", "crawl_page_staging")) {
            for (JsonNode node : page.models()) {
                position++;
                if (staged >= room) {
                    break;
                }
                String place = "page " + (checkpoint.pages() + 1) + ", model " + position;
                Optional<ModelRecord> model = client.listing().parse(node, place, skipped);
                if (model.isPresent()) {
                    StagingRows.append(
                            appender, checkpoint.models() + staged, 0, checkpoint.snapshotDate(), model.get());
                    staged++;
                }
            }
        }
        int listing = checkpoint.listing();
        Optional<URI> next = page.next();
        if (next.isEmpty() && listing + 1 < request.listings()) {
            listing++;
            next = Optional.of(request.firstPage(listing));
        }
        if (staged >= room) {
            next = Optional.empty();
        }
        int listingIndex = listing;
        Optional<URI> nextPage = next;
        long stagedModels = staged;
        List<String> statements = SqlResource.statements(HubCrawler.class, "crawl_commit_page.sql");
        try {
            Transaction.run(connection, () -> {
                try (PreparedStatement models = connection.prepareStatement(statements.get(0));
                        PreparedStatement pages = connection.prepareStatement(statements.get(1));
                        PreparedStatement state = connection.prepareStatement(statements.get(2))) {
                    models.setString(1, key);
                    models.executeUpdate();
                    pages.setString(1, key);
                    pages.setLong(2, checkpoint.pages() + 1);
                    pages.setString(3, page.url().toString());
                    pages.setString(4, page.sha256());
                    pages.setLong(5, stagedModels);
                    pages.executeUpdate();
                    state.setInt(1, listingIndex);
                    state.setString(2, nextPage.map(URI::toString).orElse(null));
                    state.setLong(3, stagedModels);
                    state.setDouble(4, page.waited().toMillis() / 1000.0);
                    state.setString(5, key);
                    state.executeUpdate();
                }
                return null;
            });
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM crawl_page_staging");
            }
        }
        return new Checkpoint(
                checkpoint.snapshotDate(),
                listing,
                next,
                checkpoint.pages() + 1,
                checkpoint.models() + staged,
                checkpoint.waited().plus(page.waited()));
    }

    /** Moves the crawl's models into its snapshot and forgets the crawl, in one transaction. */
    private ImportResult finish(Connection connection, CrawlRequest request, String key, Checkpoint checkpoint)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS crawl_page_staging");
        }
        if (checkpoint.models() == 0) {
            importer.dropStagingTables();
            forget(connection, key);
            throw new CensusException(
                    ErrorCode.HUB_REFUSED,
                    request.hub().inProse() + " listed no models for " + request.firstPage(0) + "; nothing was stored");
        }
        try (PreparedStatement moved =
                connection.prepareStatement(SqlResource.load(HubCrawler.class, "crawl_finish.sql"))) {
            moved.setString(1, key);
            moved.executeUpdate();
        }
        try (PreparedStatement file = connection.prepareStatement("INSERT INTO import_file VALUES (0, ?, ?)")) {
            file.setString(
                    1,
                    "crawl of " + request.firstPage(0)
                            + (request.listings() > 1 ? " and " + (request.listings() - 1) + " more listings" : ""));
            file.setString(2, pagesDigest(connection, key));
            file.executeUpdate();
        }
        return importer.commitStaged(
                client.listing().format(),
                request.source(),
                checkpoint.models(),
                inTransaction -> forget(inTransaction, key));
    }

    /** The SHA-256 of the committed pages' SHA-256s, in order: the crawl's content hash. */
    private static String pagesDigest(Connection connection, String key) throws SQLException {
        MessageDigest digest = Sha256.digest();
        try (PreparedStatement statement =
                connection.prepareStatement(SqlResource.load(HubCrawler.class, "crawl_pages.sql"))) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    digest.update(rows.getString(1).getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        return Sha256.hex(digest);
    }

    private static void forget(Connection connection, String key) throws SQLException {
        for (String sql : SqlResource.statements(HubCrawler.class, "crawl_forget.sql")) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, key);
                statement.executeUpdate();
            }
        }
    }
}

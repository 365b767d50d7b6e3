package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.modelcensus.measure.Crossing;
import org.modelcensus.measure.ShareSeries;

/**
 * How country shares changed in one source: the curve in the uploader view, the origin view's when it differs, and
 * where China's share passed the USA's (found at every snapshot, so to the day where the source is daily).
 *
 * @param origin the origin view's curve; empty when no model of the source declares a base model, so both agree
 */
public record TimeSection(
        ShareSeries uploader, Optional<ShareSeries> origin, List<Crossing> crossings, String a, String b) {
    public TimeSection {
        requireNonNull(uploader, "uploader is null");
        requireNonNull(origin, "origin is null");
        crossings = List.copyOf(requireNonNull(crossings, "crossings is null"));
        requireNonNull(a, "a is null");
        requireNonNull(b, "b is null");
    }
}

package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.MeasureRequest;

/**
 * What a report is asked for: the snapshot and measure of its main tables, the view, and what to do with
 * unregistered namespaces.
 */
public record ReportRequest(MeasureRequest measure, AttributionView view, UnknownNamespaces unknownNamespaces) {
    public ReportRequest {
        requireNonNull(measure, "measure is null");
        requireNonNull(view, "view is null");
        requireNonNull(unknownNamespaces, "unknownNamespaces is null");
    }
}

package org.modelcensus.report;

import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.MeasureRequest;
import org.modelcensus.measure.MeasureSelection;

/** The command-line flags that reproduce a printed figure, for the "Reproduce:" lines. */
public final class Reproduce {
    private Reproduce() {}

    /** The flags that reproduce a result measured with the given selection. */
    public static String flags(MeasureSelection selection, AttributionView view, UnknownNamespaces unknownNamespaces) {
        return flags(selection, true, view, unknownNamespaces);
    }

    private static String flags(
            MeasureSelection selection, boolean withSource, AttributionView view, UnknownNamespaces unknownNamespaces) {
        StringBuilder flags = new StringBuilder();
        if (selection.windowStart().isPresent()) {
            flags.append("--from ")
                    .append(selection.windowStart().get())
                    .append(" --to ")
                    .append(selection.windowEnd());
        } else {
            flags.append("--at ").append(selection.end().date());
        }
        if (withSource) {
            flags.append(" --source ").append(selection.end().source());
        }
        flags.append(" --measure ")
                .append(
                        selection.thirtyDayFallback()
                                ? "window"
                                : selection.measure().label());
        Cohort cohort = selection.cohort();
        cohort.firstDay(selection.windowEnd())
                .ifPresent(day -> flags.append(" --created-from ").append(day));
        cohort.lastDay(selection.windowEnd())
                .ifPresent(day -> flags.append(" --created-to ").append(day));
        selection.counting().flags().forEach(flag -> flags.append(' ').append(flag));
        return flags.append(viewFlags(view, unknownNamespaces)).toString();
    }

    /**
     * The flags that make {@code report} reproduce a report: its day and measure as resolved, and a source only if it
     * was asked for (naming one would leave out the other sources' sections, such as lineage).
     */
    public static String reportFlags(
            MeasureSelection selection, MeasureRequest request, AttributionView view, UnknownNamespaces unknown) {
        return flags(selection, request.source().isPresent(), view, unknown);
    }

    /** The flags for a view and a treatment of unregistered namespaces other than the defaults, each after a space. */
    public static String viewFlags(AttributionView view, UnknownNamespaces unknownNamespaces) {
        return (view == AttributionView.ORIGIN ? " --view origin" : "")
                + (unknownNamespaces == UnknownNamespaces.REPORT
                        ? ""
                        : " --unknown-as " + unknownNamespaces.flagValue());
    }
}

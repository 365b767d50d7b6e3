package org.modelcensus.cli;

import java.util.Optional;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.measure.Census;

/**
 * Where the measuring commands get their census from when it is not a store: {@code modelcensus-spark} opens one on
 * Spark over an export, and runs the same commands with it.
 */
@FunctionalInterface
public interface CensusOpener {
    /** The census to measure, with the registry named by {@code --registry} if it was (else the opener's own). */
    Census open(Optional<OrganizationRegistry> registry);
}

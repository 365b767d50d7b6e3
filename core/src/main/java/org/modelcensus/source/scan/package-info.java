/**
 * Code scans as a source: walking source trees (directories or a git revision), classifying each file's scope, and
 * finding the open models the code loads, with the mapping files of {@code data/scan/}.
 */
package org.modelcensus.source.scan;

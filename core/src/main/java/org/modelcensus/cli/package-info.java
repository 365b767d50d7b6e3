/** The command line: parses flags, wires the pipeline stages together and prints their results. */
package org.modelcensus.cli;

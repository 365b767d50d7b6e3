/**
 * A realistic synthetic Hub for benchmarks and scale tests, calibrated on the bundled real data: outside the
 * pipeline, it writes the dumps the pipeline imports.
 */
package org.modelcensus.synthetic;

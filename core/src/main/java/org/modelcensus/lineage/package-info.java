/** Lineage: the graph of base models and their fine-tunes, adapters, quantisations and merges, with roots and depth. */
package org.modelcensus.lineage;

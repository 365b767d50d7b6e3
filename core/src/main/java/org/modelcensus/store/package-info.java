/** The census store: a DuckDB file of dated snapshots, written atomically by imports and read by the measures. */
package org.modelcensus.store;

/** Where snapshots come from: readers for the public file formats of Hub model metadata and download counts. */
package org.modelcensus.source;

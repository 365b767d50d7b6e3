/** Measures over the store: download shares by country, organisation and developer type, and their concentration. */
package org.modelcensus.measure;

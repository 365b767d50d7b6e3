/** Attribution: which organisation, country and developer type each Hub namespace belongs to. */
package org.modelcensus.attribution;

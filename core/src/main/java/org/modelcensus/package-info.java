/** ModelCensus: who builds the open AI models that the world downloads; shared error types live here. */
package org.modelcensus;

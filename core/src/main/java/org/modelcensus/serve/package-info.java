/** The web server: the REST API over a read-only store, and the dashboard that draws its answers. */
package org.modelcensus.serve;

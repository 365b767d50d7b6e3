/** Renders measures for people and programs: terminal tables, CSV, JSON and the census report. */
package org.modelcensus.report;

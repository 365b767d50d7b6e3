/** The engine interface every measure runs through: named SQL queries with bound parameters, rows streamed back. */
package org.modelcensus.engine;

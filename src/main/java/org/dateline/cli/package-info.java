/**
 * The command line ({@code dateline extract}, {@code dateline eval}): thin picocli commands that turn flags into
 * {@code config} options and call {@code run} or {@code eval}. Usage errors surface here before any model loads.
 *
 * <p>Holds no pipeline logic of its own.
 */
package org.dateline.cli;

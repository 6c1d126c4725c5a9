package org.dateline.doc;

/**
 * One basic-dependency edge, with document-wide token indices; {@code governor} is -1 for the root.
 * Present only when the run asked for the dependency parse (quotes and events need it, entities do not).
 */
public record Dependency(int governor, int dependent, String relation) {
}

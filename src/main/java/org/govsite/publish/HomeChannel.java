package org.govsite.publish;

/** A channel a home-page block may show, with its level in the tree (1 = first level). */
public record HomeChannel(long id, String name, int level) {
}

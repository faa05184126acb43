package org.govsite.interaction;

import org.jmolecules.event.annotation.DomainEvent;

/** A 知识库 entry was made, edited, published or withdrawn: whoever shows it (site search) reads it again. */
@DomainEvent
public record KnowledgeEntryChanged(long entryId) {
}

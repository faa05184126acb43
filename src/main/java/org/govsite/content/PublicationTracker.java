package org.govsite.content;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * Tells an editor where their live document's pages stand (排队、发布中、已上线 with the link).
 * Content knows what is live; the publisher knows what is written: the publish module implements
 * this port, so content does not depend on it.
 */
@NamedInterface("catalogue")
public interface PublicationTracker {

	/** One entry per site that shows the document; empty while it is not live. */
	List<Publication> publicationsOf(long documentId);
}

package org.govsite.platform;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * A module's contribution to the 工作台: what of its work waits for the given user. Implemented
 * by a bean in each module that has work to hand out.
 */
public interface WorkbenchSource {

	List<WorkItem> itemsFor(Authentication user);
}

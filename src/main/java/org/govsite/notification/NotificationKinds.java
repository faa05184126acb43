package org.govsite.notification;

import java.util.List;

/** The kinds of message one module sends; a bean in each module that sends any. */
public interface NotificationKinds {

	List<NotificationKind> kinds();
}

package org.govsite.servicecatalog;

import java.util.List;
import java.util.Optional;

/**
 * Where applications (办件) and their states come from: the provincial 政务服务 system. The default
 * adapter reads a JSON feed; another system plugs in by providing a bean of this type.
 */
public interface CaseStatusSource {

	/** The case with this application number, if the system knows it. */
	Optional<CaseStatus> find(String number);

	/** Every case the system reports for the site's catalogue (by its 标识码), for the reports' counts. */
	List<CaseStatus> ofSite(String siteCode);
}

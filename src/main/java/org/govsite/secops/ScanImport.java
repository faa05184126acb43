package org.govsite.secops;

import java.util.List;

/**
 * What an import of scan results did: everything, or nothing with each line's errors in Chinese.
 *
 * @param rows lines read
 * @param scans scans of a site on a day recorded (new or already known)
 * @param created findings new to the platform
 * @param updated findings already known (the same site and finding id) whose details were refreshed
 * @param errors one per problem, e.g. 第 3 行：等级“严重”无效
 */
public record ScanImport(int rows, int scans, int created, int updated, List<String> errors) {

	public ScanImport {
		errors = List.copyOf(errors);
	}

	public boolean imported() {
		return errors.isEmpty();
	}
}

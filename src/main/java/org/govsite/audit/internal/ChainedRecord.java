package org.govsite.audit.internal;

/** An audit record as stored: its content and the hash written with it. */
public record ChainedRecord(RecordContent content, String hash) {

	public long seq() {
		return content.seq();
	}
}

package org.govsite.jobs.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** This node's name in the jobs' records: host and process, so two nodes on one host differ. */
final class NodeName {

	static final String THIS = name();

	private NodeName() {
	}

	private static String name() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			host = "localhost";
		}
		return host + "#" + ManagementFactory.getRuntimeMXBean().getPid();
	}
}

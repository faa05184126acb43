package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a site's files into its folder and then into object storage: the folder stays what the
 * nodes serve and the tamper watch compares, the bucket is a mirror for web servers or a CDN in
 * front of it. A write returns only when both hold the file, so the manifest (recorded after it)
 * is true of both; a write that fails on the bucket fails the run, which writes the file again.
 */
class MirroredWriter implements PageWriter {

	private final FolderWriter folder;

	private final ObjectStoreWriter objects;

	MirroredWriter(FolderWriter folder, ObjectStoreWriter objects) {
		this.folder = folder;
		this.objects = objects;
	}

	@Override
	public void write(String path, byte[] content) throws IOException {
		folder.write(path, content);
		objects.write(path, content);
	}

	/** Copies the stream once, into the folder, and puts the file written there. */
	@Override
	public Written write(String path, InputStream content) throws IOException {
		Written written = folder.write(path, content);
		objects.write(path, folder.resolve(path), written.sha256());
		return written;
	}

	@Override
	public void delete(String path) throws IOException {
		folder.delete(path);
		objects.delete(path);
	}

	/** Whether both have it: a file missing from the bucket is written again by the next full publish. */
	@Override
	public boolean exists(String path) {
		return folder.exists(path) && objects.exists(path);
	}

	@Override
	public List<String> removeLeftovers() throws IOException {
		List<String> removed = new ArrayList<>(folder.removeLeftovers());
		removed.addAll(objects.removeLeftovers());
		return removed;
	}
}

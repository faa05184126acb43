package org.govsite.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the test node's files go: the user nobody, whom the node runs as under root, must reach
 * them even when the clone is in a folder closed to others ({@code mktemp -d} makes it 0700).
 */
class OpenSearchNodeFolderTests {

	@TempDir
	Path temporary;

	@Test
	void aBuildInAClosedFolderPutsTheNodeWhereNobodyReachesIt() throws IOException {
		Path clone = closed(temporary.resolve("clone"));
		Path build = Files.createDirectories(clone.resolve("govsite/target"));
		Path open = open(temporary.resolve("tmp"));
		open(temporary);

		Path folder = OpenSearchNode.folder(build, true, List.of(open)).orElseThrow();

		assertThat(OpenSearchNode.reachableByOthers(build)).isFalse();
		assertThat(folder.startsWith(clone)).as("in the clone").isFalse();
		assertThat(folder).startsWith(open);
		assertThat(OpenSearchNode.reachableByOthers(folder)).isTrue();
	}

	@Test
	void aBuildOthersReachKeepsTheNodeInIt() throws IOException {
		open(temporary);
		Path build = open(temporary.resolve("govsite/target"));
		open(build.getParent());

		assertThat(OpenSearchNode.folder(build, true, List.of(open(temporary.resolve("tmp")))))
			.contains(build.resolve("opensearch"));
	}

	@Test
	void withoutAFolderNobodyReachesThereIsNone() throws IOException {
		Path build = Files.createDirectories(closed(temporary.resolve("clone")).resolve("target"));

		assertThat(OpenSearchNode.folder(build, true, List.of(closed(temporary.resolve("tmp"))))).isEmpty();
	}

	@Test
	void aNodeRunAsThisUserStaysInTheBuild() throws IOException {
		Path build = Files.createDirectories(closed(temporary.resolve("clone")).resolve("target"));

		assertThat(OpenSearchNode.folder(build, false, List.of())).contains(build.resolve("opensearch"));
	}

	private static Path closed(Path folder) throws IOException {
		Files.createDirectories(folder);
		return Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
	}

	private static Path open(Path folder) throws IOException {
		Files.createDirectories(folder);
		return Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
	}
}

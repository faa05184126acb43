package org.govsite.channel.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.govsite.channel.ChannelRuleViolation;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChannelTreeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private final Channels channels = new Channels();

	private final Channel news = channels.add((Long) null, "news");

	private final Channel disclosure = channels.add((Long) null, "xxgk");

	private final Channel service = channels.add((Long) null, "bsfw");

	private final Channel policy = channels.add(disclosure, "zcwj");

	private final Channel regulations = channels.add(policy, "gfxwj");

	private final Channel budget = channels.add(disclosure, "czys");

	@Test
	void aNewChannelGoesLastUnlessGivenAPlace() {
		ChannelTree tree = channels.tree();

		Channel topics = tree.add(Channels.details("ztzl"), null, null, Channels.CREATED);

		assertThat(tree.changes()).containsExactly(topics);

		assertThat(codes(tree, null)).containsExactly("news", "xxgk", "bsfw", "ztzl");
		assertThat(topics.position()).isEqualTo(4);
	}

	@Test
	void aNewChannelAtAPlacePushesTheOthersDown() {
		ChannelTree tree = channels.tree();

		Channel notices = tree.add(Channels.details("tzgg"), disclosure.id(), 1, Channels.CREATED);

		assertThat(codes(tree, disclosure.id())).containsExactly("tzgg", "zcwj", "czys");
		assertThat(tree.changes()).containsExactlyInAnyOrder(notices, policy, budget);
		assertPositionsDense(tree, disclosure.id());
	}

	@Test
	void aPlaceBeyondTheEndMeansLast() {
		ChannelTree tree = channels.tree();
		tree.add(Channels.details("tzgg"), disclosure.id(), 99, Channels.CREATED);
		assertThat(codes(tree, disclosure.id())).containsExactly("zcwj", "czys", "tzgg");
	}

	@Test
	void codesAreUniqueAmongSiblingsOnly() {
		ChannelTree tree = channels.tree();

		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> tree.add(Channels.details("zcwj"), disclosure.id(), null, Channels.CREATED))
			.satisfies(violation -> assertThat(violation.code()).isEqualTo("channel.code.taken"))
			.satisfies(violation -> assertThat(violation.concernsCode()).isTrue());

		tree.add(Channels.details("zcwj"), service.id(), null, Channels.CREATED);
		assertThat(codes(tree, service.id())).containsExactly("zcwj");
	}

	@Test
	void anEditKeepsTheCodeUniqueAmongSiblings() {
		ChannelTree tree = channels.tree();

		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> tree.edit(budget.id(), Channels.details("zcwj")))
			.satisfies(violation -> assertThat(violation.code()).isEqualTo("channel.code.taken"));

		tree.edit(budget.id(), Channels.details("czyjs"));
		assertThat(budget.code()).isEqualTo("czyjs");
	}

	@Test
	void aChannelCannotMoveUnderItself() {
		ChannelTree tree = channels.tree();

		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> tree.move(disclosure.id(), disclosure.id(), null))
			.satisfies(violation -> assertThat(violation.code()).isEqualTo("channel.move.intoOwnBranch"));
	}

	@Test
	void aChannelCannotMoveUnderItsDescendants() {
		ChannelTree tree = channels.tree();

		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> tree.move(disclosure.id(), regulations.id(), 1))
			.satisfies(violation -> assertThat(violation.code()).isEqualTo("channel.move.intoOwnBranch"));
		assertThat(disclosure.parentId()).isNull();
		assertThat(regulations.parentId()).isEqualTo(policy.id());
	}

	@Test
	void aParentOfAnotherSiteIsUnknownHere() {
		ChannelTree tree = channels.tree();
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> tree.move(policy.id(), 999_999L, null));
	}

	@Test
	void aMoveTakesTheBranchAlongAndKeepsBothSiblingListsDense() {
		ChannelTree tree = channels.tree();

		assertThat(tree.move(policy.id(), service.id(), null)).isTrue();

		assertThat(tree.changes()).containsExactlyInAnyOrder(policy, budget);
		assertThat(codes(tree, disclosure.id())).containsExactly("czys");
		assertThat(codes(tree, service.id())).containsExactly("zcwj");
		assertPositionsDense(tree, disclosure.id());
		assertThat(tree.pathTo(regulations)).extracting(Channel::code).containsExactly("bsfw", "zcwj", "gfxwj");
		assertThat(tree.level(regulations)).isEqualTo(3);
	}

	@Test
	void aChannelMovesToTheFirstLevel() {
		ChannelTree tree = channels.tree();

		tree.move(policy.id(), null, 2);

		assertThat(codes(tree, null)).containsExactly("news", "zcwj", "xxgk", "bsfw");
		assertThat(tree.level(regulations)).isEqualTo(2);
		assertPositionsDense(tree, null);
	}

	@Test
	void aMoveToTheSameParentReordersOnly() {
		ChannelTree tree = channels.tree();

		tree.move(service.id(), null, 1);

		assertThat(codes(tree, null)).containsExactly("bsfw", "news", "xxgk");
		assertPositionsDense(tree, null);
	}

	@Test
	void aMoveToWhereTheCodeIsTakenIsRefused() {
		Channel clash = channels.add(service, "zcwj");
		ChannelTree tree = channels.tree();

		assertThatExceptionOfType(ChannelRuleViolation.class).isThrownBy(() -> tree.move(policy.id(), service.id(), null));
		assertThat(clash.parentId()).isEqualTo(service.id());
		assertThat(policy.parentId()).isEqualTo(disclosure.id());
	}

	@Test
	void upAndDownSwapNeighboursAndStopAtTheEnds() {
		ChannelTree tree = channels.tree();

		assertThat(tree.moveUp(news.id())).isFalse();
		assertThat(tree.moveDown(service.id())).isFalse();
		assertThat(codes(tree, null)).containsExactly("news", "xxgk", "bsfw");
		assertThat(tree.changes()).isEmpty();

		assertThat(tree.moveDown(news.id())).isTrue();
		assertThat(tree.changes()).containsExactlyInAnyOrder(news, disclosure);
		assertThat(codes(tree, null)).containsExactly("xxgk", "news", "bsfw");

		tree.moveUp(service.id());
		assertThat(codes(tree, null)).containsExactly("xxgk", "bsfw", "news");
		assertPositionsDense(tree, null);
	}

	@Test
	void reorderingRepairsGapsAndTiesDeterministically() {
		Channels gappy = new Channels();
		Channel a = gappy.add((Long) null, "a");
		Channel b = gappy.add((Long) null, "b");
		Channel c = gappy.add((Long) null, "c");
		a.placeAt(null, 5);
		b.placeAt(null, 5);
		c.placeAt(null, 2);
		ChannelTree tree = gappy.tree();

		assertThat(codes(tree, null)).containsExactly("c", "a", "b");
		tree.moveDown(c.id());

		assertThat(codes(tree, null)).containsExactly("a", "c", "b");
		assertPositionsDense(tree, null);
	}

	@Test
	void anArchivedChannelTakesNoNewChildren() {
		ChannelTree tree = channels.tree();
		tree.archive(disclosure.id(), TODAY);

		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> tree.add(Channels.details("tzgg"), disclosure.id(), null, Channels.CREATED))
			.satisfies(violation -> assertThat(violation.code()).isEqualTo("channel.parent.archived"));
		assertThatExceptionOfType(ChannelRuleViolation.class)
			.as("a descendant of an archived channel is closed too")
			.isThrownBy(() -> tree.add(Channels.details("tzgg"), policy.id(), null, Channels.CREATED));
		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> tree.move(service.id(), regulations.id(), null));
		assertThat(tree.isClosed(regulations)).isTrue();
		assertThat(tree.isClosed(service)).isFalse();
		assertThat(disclosure.archivedOn()).isEqualTo(TODAY);
	}

	@Test
	void anArchivedChannelCanStillBeMovedAndRestored() {
		ChannelTree tree = channels.tree();
		tree.archive(policy.id(), TODAY);

		tree.move(policy.id(), null, null);
		tree.restore(policy.id());

		assertThat(policy.isArchived()).isFalse();
		assertThat(codes(tree, null)).containsExactly("news", "xxgk", "bsfw", "zcwj");
	}

	@Test
	void aChannelUnderAnArchivedParentIsRestoredAfterItsParent() {
		ChannelTree tree = channels.tree();
		tree.archive(policy.id(), TODAY);
		tree.archive(disclosure.id(), TODAY);

		assertThatExceptionOfType(ChannelRuleViolation.class).isThrownBy(() -> tree.restore(policy.id()))
			.satisfies(violation -> assertThat(violation.code()).isEqualTo("channel.restore.parentArchived"));

		tree.restore(disclosure.id());
		tree.restore(policy.id());
		assertThat(tree.isClosed(regulations)).isFalse();
	}

	@Test
	void aHiddenParentHidesItsBranchFromNavigation() {
		ChannelTree tree = channels.tree();
		disclosure.hide();

		assertThat(tree.isShownInNavigation(regulations)).isFalse();
		assertThat(tree.isShownInNavigation(news)).isTrue();
		assertThat(regulations.isVisible()).as("the child keeps its own setting").isTrue();
	}

	@Test
	void treeOrderIsParentsFirstThenSiblingsInOrder() {
		ChannelTree tree = channels.tree();
		tree.moveUp(budget.id());

		assertThat(tree.inTreeOrder()).extracting(Channel::code)
			.containsExactly("news", "xxgk", "czys", "zcwj", "gfxwj", "bsfw");
	}

	@Test
	void aDeepWideTreeStaysConsistent() {
		Channels big = new Channels();
		List<Channel> firstLevel = IntStream.rangeClosed(1, 10).mapToObj(i -> big.add((Long) null, "l1-" + i)).toList();
		Channel deepest = null;
		for (Channel top : firstLevel) {
			for (int j = 1; j <= 6; j++) {
				Channel second = big.add(top, top.code() + "-" + j);
				for (int k = 1; k <= 5; k++) {
					Channel third = big.add(second, "l3-" + k);
					deepest = big.add(third, "l4");
				}
			}
		}
		ChannelTree tree = big.tree();
		Channel leaf = deepest;
		assertThat(tree.inTreeOrder()).hasSize(10 + 60 + 300 + 300);
		assertThat(tree.level(leaf)).isEqualTo(4);

		Channel secondLevel = tree.pathTo(leaf).get(1);
		tree.move(secondLevel.id(), firstLevel.getFirst().id(), 1);

		assertThat(tree.level(leaf)).isEqualTo(4);
		assertThat(tree.pathTo(leaf).getFirst()).isSameAs(firstLevel.getFirst());
		assertThatExceptionOfType(ChannelRuleViolation.class)
			.isThrownBy(() -> tree.move(firstLevel.getFirst().id(), leaf.id(), null));
		firstLevel.forEach(top -> assertPositionsDense(tree, top.id()));
	}

	private static List<String> codes(ChannelTree tree, @Nullable Long parentId) {
		return tree.children(parentId).stream().map(Channel::code).toList();
	}

	private static void assertPositionsDense(ChannelTree tree, @Nullable Long parentId) {
		List<Channel> children = tree.children(parentId);
		assertThat(children).extracting(Channel::position)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, children.size()).boxed().toList());
	}
}

package org.govsite.interaction.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.govsite.interaction.InterviewView;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.TranscriptEntry;

import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live transcript for the pages following it. The lines are written on an admin node and read
 * on public nodes, so each node looks for new lines in the database once a second per interview
 * being followed (one query for all its followers, however many), and sends each follower what it
 * has not had. Nothing but the database is shared between nodes.
 */
@Component
class InterviewLive {

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final Map<Long, Set<Follower>> followers = new ConcurrentHashMap<>();

	private final Interviews interviews;

	InterviewLive(Interviews interviews) {
		this.interviews = interviews;
	}

	private static final class Follower {

		final SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());

		volatile long last;

		Follower(long last) {
			this.last = last;
		}
	}

	SseEmitter follow(long interviewId, long after) {
		Follower follower = new Follower(after);
		Set<Follower> set = followers.computeIfAbsent(interviewId, key -> ConcurrentHashMap.newKeySet());
		set.add(follower);
		Runnable leave = () -> set.remove(follower);
		follower.emitter.onCompletion(leave);
		follower.emitter.onTimeout(leave);
		follower.emitter.onError(error -> leave.run());
		send(follower, interviews.transcript(interviewId, after));
		return follower.emitter;
	}

	@Scheduled(fixedDelayString = "1s")
	void poll() {
		followers.forEach((interviewId, set) -> {
			if (set.isEmpty()) {
				followers.remove(interviewId, set);
				return;
			}
			long from = set.stream().mapToLong(follower -> follower.last).min().orElse(0);
			List<TranscriptEntry> entries = interviews.transcript(interviewId, from);
			if (!entries.isEmpty()) {
				set.forEach(follower -> send(follower, entries));
			}
			// answers after the end still come live; once archived there is nothing more to follow
			if (interviews.shown(interviewId).map(InterviewView::archive).isPresent()) {
				set.forEach(follower -> follower.emitter.complete());
				followers.remove(interviewId);
			}
		});
	}

	private static void send(Follower follower, List<TranscriptEntry> entries) {
		synchronized (follower) {
			for (TranscriptEntry entry : entries) {
				if (entry.id() <= follower.last) {
					continue;
				}
				try {
					follower.emitter.send(SseEmitter.event().id(Long.toString(entry.id())).name("entry")
						.data(entry, MediaType.APPLICATION_JSON));
					follower.last = entry.id();
				}
				catch (IOException | IllegalStateException gone) {
					follower.emitter.completeWithError(gone);
					return;
				}
			}
		}
	}
}

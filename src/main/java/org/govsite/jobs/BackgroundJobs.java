package org.govsite.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.govsite.jobs.JobLine.Kind;
import org.govsite.jobs.JobLine.State;
import org.govsite.jobs.internal.JobScheduler;
import org.govsite.jobs.internal.JobStatus;
import org.govsite.jobs.internal.JobStatus.LastRun;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's background work: queue a one-time job of a declared {@link JobType}, and see every
 * job of every kind (schedules, one-time jobs, the modules' own queues) with how it last ended.
 */
@Service
public class BackgroundJobs {

	private final JobScheduler scheduler;

	private final JobStatus status;

	private final List<RecurringJob> recurring;

	private final List<JobListing> listings;

	private final MessageSource messages;

	BackgroundJobs(JobScheduler scheduler, JobStatus status, List<RecurringJob> recurring, List<JobListing> listings,
			MessageSource messages) {
		this.scheduler = scheduler;
		this.status = status;
		this.recurring = recurring;
		this.listings = listings;
		this.messages = messages;
	}

	/**
	 * Queues a job of a declared type to run as soon as a node can; inside a transaction it is
	 * stored with the transaction's changes. A job with the same type and instance that still waits
	 * is left as it is.
	 *
	 * @param type the job type's name
	 * @param instance what this job is about (unique per type while it waits: a document's id ...)
	 * @param data the text its work is given
	 * @return whether it was queued (false: that instance already waits)
	 */
	public boolean queue(String type, String instance, String data) {
		return queueAt(type, instance, data, Instant.now());
	}

	/** Queues a job of a declared type to run at the given time. */
	public boolean queueAt(String type, String instance, String data, Instant when) {
		scheduler.type(type).orElseThrow(() -> new IllegalArgumentException("No job type " + type));
		return scheduler.queue(type, instance, data, when);
	}

	/** Runs a waiting job or a schedule now. */
	public void runNow(String name, String instance) {
		if (!scheduler.runNow(name, instance)) {
			throw new NotFound("job", name + " " + instance);
		}
	}

	/** Queues again a one-time job that used up its attempts. */
	@Transactional
	public void retry(long failureId) {
		JobStatus.Failed failed = status.take(failureId).orElseThrow(() -> new NotFound("job", failureId));
		if (scheduler.type(failed.name()).isEmpty()) {
			throw new RuleViolation("jobs.unknownType", failed.name());
		}
		scheduler.queue(failed.name(), failed.instance(), failed.data() == null ? "" : failed.data(), Instant.now());
	}

	/** Every job the platform knows, with its state: the facility's first, then the modules' queues. */
	@Transactional(readOnly = true)
	public List<JobLine> overview() {
		Map<String, ScheduledExecution<Object>> waiting = scheduler.waiting().stream()
			.collect(Collectors.toMap(e -> e.getTaskInstance().getTaskName() + "/" + e.getTaskInstance().getId(),
					Function.identity(), (a, b) -> a));
		List<LastRun> runs = status.lastRuns();
		List<JobLine> lines = new ArrayList<>();
		for (RecurringJob job : recurring) {
			if (job.everyNode()) {
				List<LastRun> onNodes = runs.stream().filter(run -> run.name().equals(job.name())).toList();
				if (onNodes.isEmpty()) {
					lines.add(line(job.name(), job.labelKey(), "", Kind.EVERY_NODE, State.WAITING, null, null, null));
				}
				onNodes.forEach(run -> lines.add(line(job.name(), job.labelKey(), "", Kind.EVERY_NODE,
						run.ok() ? State.SUCCEEDED : State.RETRYING, null, run, run.node())));
			}
			else {
				ScheduledExecution<Object> next = waiting.get(job.name() + "/" + RecurringTask.INSTANCE);
				LastRun last = latest(runs, job.name(), RecurringTask.INSTANCE);
				lines.add(line(job.name(), job.labelKey(), RecurringTask.INSTANCE, Kind.SCHEDULE, state(next, last),
						next == null ? null : next.getExecutionTime(), last, next != null && next.isPicked() ? next.getPickedBy() : null));
			}
		}
		for (JobType type : scheduler.types()) {
			waiting.values().stream()
				.filter(execution -> execution.getTaskInstance().getTaskName().equals(type.name()))
				.sorted(Comparator.comparing(ScheduledExecution::getExecutionTime))
				.forEach(execution -> {
					String instance = execution.getTaskInstance().getId();
					LastRun last = latest(runs, type.name(), instance);
					lines.add(line(type.name(), type.labelKey(), instance, Kind.ONE_TIME, state(execution, last),
							execution.getExecutionTime(), last, execution.isPicked() ? execution.getPickedBy() : null));
				});
		}
		for (JobStatus.Failed failed : status.failures(100)) {
			String labelKey = scheduler.type(failed.name()).map(JobType::labelKey).orElse(failed.name());
			lines.add(new JobLine(failed.name(), message(labelKey), failed.instance(), Kind.ONE_TIME, State.FAILED, null,
					failed.at(), failed.attempts(), failed.error(), 0, 0, null, "/admin/jobs/failures/" + failed.id() + "/retry"));
		}
		return lines;
	}

	/** The modules' own queues, each with its newest jobs. */
	@Transactional(readOnly = true)
	public Map<JobListing, List<JobLine>> queues(int limit) {
		Map<JobListing, List<JobLine>> queues = new java.util.LinkedHashMap<>();
		listings.forEach(listing -> queues.put(listing, listing.recent(limit)));
		return queues;
	}

	private JobLine line(String name, String labelKey, String instance, Kind kind, State state, @Nullable Instant next,
			@Nullable LastRun last, @Nullable String node) {
		return new JobLine(name, message(labelKey), instance, kind, state, next, last == null ? null : last.at(),
				last == null ? 0 : last.failures(), last == null || last.ok() ? null : last.error(), 0, 0,
				node != null ? node : last == null ? null : last.node(), null);
	}

	private static State state(@Nullable ScheduledExecution<Object> next, @Nullable LastRun last) {
		if (next != null && next.isPicked()) {
			return State.RUNNING;
		}
		if (last != null && !last.ok()) {
			return State.RETRYING;
		}
		return last == null ? State.WAITING : State.SUCCEEDED;
	}

	private static @Nullable LastRun latest(List<LastRun> runs, String name, String instance) {
		return runs.stream()
			.filter(run -> run.name().equals(name) && run.instance().equals(instance))
			.max(Comparator.comparing(LastRun::at))
			.orElse(null);
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}

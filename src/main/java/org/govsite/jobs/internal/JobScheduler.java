package org.govsite.jobs.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.govsite.jobs.Causes;
import org.govsite.jobs.JobType;
import org.govsite.jobs.RecurringJob;
import org.govsite.platform.GovSiteProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one-node jobs on db-scheduler: every {@link RecurringJob} that is not for every node and every
 * {@link JobType}, in table {@code scheduled_tasks}. Each execution is taken by one node only (a
 * row lock), and a node that dies mid-run is noticed by its missing heartbeat and its work revived
 * elsewhere. Only back-office nodes run jobs; any node may queue one, and a job queued inside a
 * transaction is stored with it, so it exists exactly when the change that asked for it does.
 */
@Component
public class JobScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

	private final List<RecurringJob> schedules;

	private final List<JobType> types;

	private final SchedulerClient client;

	/** Builds this node's scheduler: one per start, since a stopped one cannot start again (a paused test context restarts). */
	private final java.util.function.@Nullable Supplier<Scheduler> schedulers;

	private volatile @Nullable Scheduler scheduler;

	private volatile boolean running;

	JobScheduler(DataSource dataSource, List<RecurringJob> recurring, List<JobType> types, JobStatus status,
			GovSiteProperties platform, JobsProperties settings, Clock clock) {
		this.schedules = recurring.stream().filter(job -> !job.everyNode()).toList();
		this.types = List.copyOf(types);
		List<RecurringTask<Void>> recurringTasks = schedules.stream().map(job -> recurringTask(job, clock)).toList();
		List<Task<?>> oneTime = types.stream().<Task<?>>map(type -> oneTimeTask(type, status)).toList();
		List<Task<?>> all = new ArrayList<>(recurringTasks);
		all.addAll(oneTime);
		this.client = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), all)
			.serializer(TEXT)
			.build();
		// the recurring tasks are known to the scheduler through startTasks, which also schedules them
		this.schedulers = platform.role().servesBackOffice() && settings.worker()
				? () -> Scheduler.create(dataSource, oneTime)
					.startTasks(recurringTasks)
					.threads(settings.threads())
					.pollingInterval(settings.pollInterval())
					// db-scheduler's own default (5 min, 6 missed) leaves a dead node's job waiting half an hour
					.heartbeatInterval(settings.heartbeat())
					.missedHeartbeatsLimit(settings.missedHeartbeats())
					.enableImmediateExecution()
					.schedulerName(new SchedulerName.Fixed(NodeName.THIS))
					.serializer(TEXT)
					.addSchedulerListener(new Outcomes(status))
					.build()
				: null;
	}

	private static RecurringTask<Void> recurringTask(RecurringJob job, Clock clock) {
		Schedule schedule = job.every() != null ? Schedules.fixedDelay(job.every())
				: Schedules.daily(clock.getZone(), job.dailyAt());
		return Tasks.recurring(job.name(), schedule).execute((instance, context) -> job.work().run());
	}

	private static Task<String> oneTimeTask(JobType type, JobStatus status) {
		return Tasks.oneTime(type.name(), String.class)
			.onFailure(new Retries(type, status))
			.execute((instance, context) -> type.work().accept(instance.getData()));
	}

	/** Queues the job, or leaves it as it is if that instance is already queued. */
	public boolean queue(String type, String instance, String data, Instant when) {
		boolean queued = client.scheduleIfNotExists(new TaskInstance<>(type, instance, data), when);
		wakeAfterCommit();
		return queued;
	}

	/** Runs a waiting job or a schedule now. */
	public boolean runNow(String name, String instance) {
		try {
			boolean found = client.reschedule(TaskInstanceId.of(name, instance), Instant.now());
			wakeAfterCommit();
			return found;
		}
		catch (com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException e) {
			return false;
		}
	}

	/** What waits in the table, one-time and recurring. */
	public List<ScheduledExecution<Object>> waiting() {
		List<ScheduledExecution<Object>> all = new ArrayList<>();
		client.fetchScheduledExecutions(all::add);
		return all;
	}

	public List<RecurringJob> schedules() {
		return schedules;
	}

	public List<JobType> types() {
		return types;
	}

	public Optional<JobType> type(String name) {
		return types.stream().filter(type -> type.name().equals(name)).findFirst();
	}

	private void wakeAfterCommit() {
		Scheduler scheduler = this.scheduler;
		if (scheduler == null) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					scheduler.triggerCheckForDueExecutions();
				}
			});
		}
		else {
			scheduler.triggerCheckForDueExecutions();
		}
	}

	@Override
	public synchronized void start() {
		if (schedulers != null && scheduler == null) {
			Scheduler started = schedulers.get();
			started.start();
			scheduler = started;
		}
		running = true;
	}

	@Override
	public synchronized void stop() {
		Scheduler stopping = scheduler;
		scheduler = null;
		if (stopping != null) {
			stopping.stop();
		}
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** The jobs' text as UTF-8, nothing else: no Java serialization of stored data. */
	private static final Serializer TEXT = new Serializer() {
		@Override
		public byte[] serialize(Object data) {
			return data == null ? null : ((String) data).getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public <T> T deserialize(Class<T> type, byte[] bytes) {
			return bytes == null ? null : type.cast(new String(bytes, StandardCharsets.UTF_8));
		}
	};

	/** Tries a failed job again, waiting twice as long each time; after its last attempt it is kept as failed. */
	private record Retries(JobType type, JobStatus status) implements FailureHandler<String> {

		@Override
		public void onFailure(ExecutionComplete complete, ExecutionOperations<String> operations) {
			int attempts = complete.getExecution().consecutiveFailures + 1;
			String cause = complete.getCause().map(Causes::of).orElse("");
			if (attempts < type.maxAttempts()) {
				Duration wait = type.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 16));
				operations.reschedule(complete, complete.getTimeDone().plus(wait));
				return;
			}
			TaskInstance<?> instance = complete.getExecution().taskInstance;
			log.error("Job {} {} failed {} times; it is kept as failed: {}", type.name(), instance.getId(), attempts, cause);
			status.gaveUp(type.name(), instance.getId(), (String) instance.getData(), complete.getTimeDone(), cause, attempts);
			operations.stop();
		}
	}

	/** Records how each run ended. */
	private record Outcomes(JobStatus status) implements com.github.kagkarlsson.scheduler.event.SchedulerListener {

		@Override
		public void onExecutionComplete(ExecutionComplete complete) {
			TaskInstance<?> instance = complete.getExecution().taskInstance;
			if (complete.getResult() == ExecutionComplete.Result.OK) {
				status.succeeded(instance.getTaskName(), instance.getId(), NodeName.THIS, complete.getTimeDone());
			}
			else {
				status.failed(instance.getTaskName(), instance.getId(), NodeName.THIS, complete.getTimeDone(),
						complete.getCause().map(Causes::of).orElse(""));
			}
		}

		// the rest is of no interest here
		@Override
		public void onExecutionScheduled(TaskInstanceId id, Instant at) {
		}

		@Override
		public void onExecutionStart(com.github.kagkarlsson.scheduler.CurrentlyExecuting executing) {
		}

		@Override
		public void onExecutionDead(com.github.kagkarlsson.scheduler.task.Execution execution) {
			log.warn("Job {} {} died with its node; it runs again", execution.getTaskName(), execution.getId());
		}

		@Override
		public void onExecutionFailedHeartbeat(com.github.kagkarlsson.scheduler.CurrentlyExecuting executing) {
		}

		@Override
		public void onSchedulerEvent(SchedulerEventType type) {
		}

		@Override
		public void onCandidateEvent(CandidateEventType type) {
		}
	}
}

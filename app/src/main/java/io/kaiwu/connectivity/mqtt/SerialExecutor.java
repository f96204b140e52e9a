package io.kaiwu.connectivity.mqtt;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

/**
 * Runs the tasks of one client one after the other, in the order they were handed over,
 * on a shared executor (the pattern of {@link Executor}'s documentation).
 */
final class SerialExecutor implements Executor {

	private final Queue<Runnable> tasks = new ArrayDeque<>();

	private final Executor executor;

	private @Nullable Runnable active;

	SerialExecutor(Executor executor) {
		this.executor = executor;
	}

	@Override
	public synchronized void execute(Runnable task) {
		this.tasks.add(() -> {
			try {
				task.run();
			}
			finally {
				scheduleNext();
			}
		});
		if (this.active == null) {
			scheduleNext();
		}
	}

	private synchronized void scheduleNext() {
		this.active = this.tasks.poll();
		if (this.active != null) {
			try {
				this.executor.execute(this.active);
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				// the waiting publishes time out and are not acknowledged
				this.active = null;
				this.tasks.clear();
				throw ex;
			}
		}
	}

}

package io.kaiwu.telemetry.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: items submitted from many threads are written by one thread, as many at a
 * time as have arrived while the previous group was being written, each group in one
 * transaction. An item's future completes only after the write of its group returned
 * (durable), or fails. When a group fails, its items are written again one by one, so
 * that one bad item fails alone (the failed group's transaction wrote nothing).
 *
 * @param <T> what is written.
 */
final class GroupCommit<T> {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private record Entry<T>(T item, CompletableFuture<Void> done) {
	}

	private final String name;

	private final int maxGroup;

	private final Consumer<List<T>> writer;

	private final BlockingQueue<Entry<T>> queue;

	private volatile boolean running;

	private @Nullable Thread thread;

	/**
	 * @param name the writer thread's name.
	 * @param capacity items waiting at most; beyond that a submit is refused.
	 * @param maxGroup items written in one transaction at most.
	 * @param writer writes a group durably, or throws.
	 */
	GroupCommit(String name, int capacity, int maxGroup, Consumer<List<T>> writer) {
		this.name = name;
		this.maxGroup = maxGroup;
		this.writer = writer;
		this.queue = new ArrayBlockingQueue<>(capacity);
	}

	/**
	 * Queues an item.
	 * @return completes when the item is written; fails with
	 * {@link RejectedExecutionException} when the queue is full or the writer stopped.
	 */
	CompletableFuture<Void> submit(T item) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		if (!this.running || !this.queue.offer(new Entry<>(item, done))) {
			done.completeExceptionally(new RejectedExecutionException(
					this.running ? "the telemetry writer is busy" : "the telemetry writer is stopped"));
		}
		return done;
	}

	synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		Thread writing = new Thread(this::run, this.name);
		writing.setDaemon(true);
		writing.start();
		this.thread = writing;
	}

	/** Stops taking items, writes those already queued and waits for the writer. */
	synchronized void stop() {
		this.running = false;
		Thread writing = this.thread;
		this.thread = null;
		if (writing == null) {
			return;
		}
		try {
			writing.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	boolean isRunning() {
		return this.running;
	}

	private void run() {
		List<Entry<T>> group = new ArrayList<>(this.maxGroup);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Entry<T> first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				this.queue.drainTo(group, this.maxGroup - 1);
				write(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				log.error("The telemetry writer failed", ex);
			}
			finally {
				group.clear();
			}
		}
		Entry<T> left;
		while ((left = this.queue.poll()) != null) {
			left.done().completeExceptionally(new RejectedExecutionException("the telemetry writer is stopped"));
		}
	}

	private void write(List<Entry<T>> group) {
		try {
			this.writer.accept(items(group));
			group.forEach((entry) -> entry.done().complete(null));
			return;
		}
		catch (RuntimeException ex) {
			if (group.size() == 1) {
				group.get(0).done().completeExceptionally(ex);
				return;
			}
		}
		for (Entry<T> entry : group) {
			try {
				this.writer.accept(List.of(entry.item()));
				entry.done().complete(null);
			}
			catch (RuntimeException ex) {
				entry.done().completeExceptionally(ex);
			}
		}
	}

	private static <T> List<T> items(List<Entry<T>> group) {
		List<T> items = new ArrayList<>(group.size());
		for (Entry<T> entry : group) {
			items.add(entry.item());
		}
		return items;
	}

}

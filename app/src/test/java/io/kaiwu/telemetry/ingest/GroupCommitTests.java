package io.kaiwu.telemetry.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The writer thread of grouped telemetry: durable before done, one bad item fails alone.
 */
class GroupCommitTests {

	@Test
	void itemsArrivingWhileAGroupIsWrittenAreWrittenTogetherAndCompleteOnlyAfterTheirWrite() throws Exception {
		CountDownLatch firstWriteStarted = new CountDownLatch(1);
		CountDownLatch releaseFirstWrite = new CountDownLatch(1);
		List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
		GroupCommit<Integer> commit = new GroupCommit<>("test-writer", 100, 50, (group) -> {
			groups.add(List.copyOf(group));
			if (groups.size() == 1) {
				firstWriteStarted.countDown();
				await(releaseFirstWrite);
			}
		});
		commit.start();
		try {
			CompletableFuture<Void> first = commit.submit(0);
			assertThat(firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();
			List<CompletableFuture<Void>> waiting = new ArrayList<>();
			for (int i = 1; i <= 10; i++) {
				waiting.add(commit.submit(i));
			}
			assertThat(first).isNotDone();
			assertThat(waiting).noneMatch(CompletableFuture::isDone);
			releaseFirstWrite.countDown();
			CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
			assertThat(first).isCompleted();
			assertThat(groups).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
		}
		finally {
			commit.stop();
		}
	}

	@Test
	void aFailingGroupIsWrittenAgainItemByItemSoThatOnlyTheBadItemFails() throws Exception {
		CountDownLatch blocking = new CountDownLatch(1);
		CountDownLatch hold = new CountDownLatch(1);
		List<Integer> written = Collections.synchronizedList(new ArrayList<>());
		GroupCommit<Integer> commit = new GroupCommit<>("test-writer", 100, 50, (group) -> {
			if (group.contains(-1)) {
				blocking.countDown();
				await(hold);
				return;
			}
			if (group.contains(13)) {
				throw new IllegalStateException("the store refused 13");
			}
			written.addAll(group);
		});
		commit.start();
		try {
			CompletableFuture<Void> blocker = commit.submit(-1);
			// the writer is busy with -1 alone: the next three queue up as one group
			assertThat(blocking.await(5, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Void> good = commit.submit(12);
			CompletableFuture<Void> bad = commit.submit(13);
			CompletableFuture<Void> alsoGood = commit.submit(14);
			hold.countDown();
			blocker.get(5, TimeUnit.SECONDS);
			good.get(5, TimeUnit.SECONDS);
			alsoGood.get(5, TimeUnit.SECONDS);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> bad.get(5, TimeUnit.SECONDS))
				.withMessageContaining("the store refused 13");
			assertThat(written).containsExactly(12, 14);
		}
		finally {
			commit.stop();
		}
	}

	@Test
	void refusesItemsWhenStoppedOrFull() throws Exception {
		CountDownLatch hold = new CountDownLatch(1);
		GroupCommit<Integer> commit = new GroupCommit<>("test-writer", 2, 1, (group) -> await(hold));
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> commit.submit(1).get())
			.withCauseInstanceOf(RejectedExecutionException.class);
		commit.start();
		try {
			List<CompletableFuture<Void>> submitted = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				submitted.add(commit.submit(i));
			}
			assertThat(submitted).anyMatch(CompletableFuture::isCompletedExceptionally);
			hold.countDown();
		}
		finally {
			commit.stop();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

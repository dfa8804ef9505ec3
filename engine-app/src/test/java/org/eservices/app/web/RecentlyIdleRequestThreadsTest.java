package org.eservices.app.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.coyote.http11.Http11NioProtocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.web.ServerProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RecentlyIdleRequestThreadsTest {

	private RecentlyIdleRequestThreads threads;

	@AfterEach
	void stop() {
		this.threads.destroy();
	}

	@Test
	void afterABurstOneRequestAtATimeIsServedByTheThreadThatFinishedLast() throws Exception {
		Executor executor = tomcatExecutor(8);
		List<Thread> burst = new CopyOnWriteArrayList<>();
		AtomicInteger finished = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		for (int i = 0; i < 8; i++) {
			executor.execute(() -> {
				burst.add(Thread.currentThread());
				awaitQuietly(release);
				finished.incrementAndGet();
			});
		}
		await().until(() -> burst.size() == 8);
		release.countDown();
		await().until(() -> finished.get() == 8);
		burst.forEach(RecentlyIdleRequestThreadsTest::awaitParked);

		Set<String> servedBy = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			CompletableFuture<Thread> served = new CompletableFuture<>();
			executor.execute(() -> served.complete(Thread.currentThread()));
			Thread thread = served.get(10, TimeUnit.SECONDS);
			servedBy.add(thread.getName());
			awaitParked(thread);
		}

		// Tomcat's own pool would have handed these to all eight threads in turn
		assertThat(servedBy).hasSize(1);
		assertThat(servedBy.iterator().next()).startsWith("http-worker-");
	}

	@Test
	void requestsBeyondTheMaximumWaitForAThreadInsteadOfFailing() {
		Executor executor = tomcatExecutor(2);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		AtomicInteger finished = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		for (int i = 0; i < 6; i++) {
			executor.execute(() -> {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				awaitQuietly(release);
				running.decrementAndGet();
				finished.incrementAndGet();
			});
		}
		await().until(() -> running.get() == 2);
		release.countDown();

		await().until(() -> finished.get() == 6);
		assertThat(mostAtOnce).hasValue(2);
	}

	@Test
	void requestsWaitingInsideTheJdkDoNotFailWhenEveryThreadIsTaken() {
		Executor executor = tomcatExecutor(2);
		CompletableFuture<String> answer = new CompletableFuture<>();
		List<Object> outcomes = new CopyOnWriteArrayList<>();
		List<Thread> waiting = new CopyOnWriteArrayList<>();
		for (int i = 0; i < 2; i++) {
			executor.execute(() -> {
				waiting.add(Thread.currentThread());
				try {
					// asks a ForkJoinPool for a stand-in thread, which a full pool lacks
					outcomes.add(answer.get());
				}
				catch (RuntimeException | InterruptedException | ExecutionException ex) {
					outcomes.add(ex);
				}
			});
		}
		await().until(() -> waiting.size() == 2);
		// both blocked in the wait before the answer comes
		waiting.forEach(RecentlyIdleRequestThreadsTest::awaitParked);
		answer.complete("answered");

		await().until(() -> outcomes.size() == 2);
		assertThat(new ArrayList<>(outcomes)).containsExactly("answered", "answered");
	}

	/** The executor Tomcat's connector is given. */
	private Executor tomcatExecutor(int maxThreads) {
		ServerProperties server = new ServerProperties();
		server.getTomcat().getThreads().setMax(maxThreads);
		this.threads = new RecentlyIdleRequestThreads(server);
		Http11NioProtocol protocol = new Http11NioProtocol();
		this.threads.customize(protocol);
		return protocol.getExecutor();
	}

	/** Parked: idle in the pool, or blocked in a wait. */
	private static void awaitParked(Thread thread) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

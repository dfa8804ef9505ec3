package org.eservices.app.web;

import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.coyote.ProtocolHandler;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.stereotype.Component;

/**
 * Serves each HTTP request on the thread that finished its last one most recently.
 *
 * <p>
 * Tomcat's own pool wakes the thread that has waited longest. Under steady load all its
 * threads then take turns, and with them the database connections they hold, each a
 * PostgreSQL process of its own: none stays warm in the CPU caches. A
 * {@link ForkJoinPool} wakes the thread that went idle last, so a few threads and
 * connections do the work while the others wait. On the submission benchmark this raised
 * portal submissions per second by about 8% (ADR 0006).
 *
 * <p>
 * Sized by {@code server.tomcat.threads.max}, as Tomcat's pool is; requests beyond that
 * wait in the pool's queue, as they do in Tomcat's. It loses what Tomcat's own pool gives
 * (its thread metrics, {@code min-spare}, its queue settings), so it is off unless
 * {@code eservices.web.recently-idle-threads} is true (ADR 0006).
 */
@Component
@ConditionalOnProperty(name = "eservices.web.recently-idle-threads", havingValue = "true")
class RecentlyIdleRequestThreads implements TomcatProtocolHandlerCustomizer<ProtocolHandler>, DisposableBean {

	/** How long a thread nobody needed lives on, as Tomcat's default. */
	private static final Duration KEEP_ALIVE = Duration.ofMinutes(1);

	private final AtomicInteger threadNumbers = new AtomicInteger();

	private final ForkJoinPool pool;

	RecentlyIdleRequestThreads(ServerProperties server) {
		int maxThreads = server.getTomcat().getThreads().getMax();
		// asyncMode: requests are independent tasks, taken in arrival order. saturate: a
		// request blocked in a JDK wait (which asks the pool for a stand-in thread) just
		// waits when all threads are taken, instead of failing.
		this.pool = new ForkJoinPool(maxThreads, this::newThread, null, true, 0, maxThreads, 1, (pool) -> true,
				KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
	}

	@Override
	public void customize(ProtocolHandler handler) {
		handler.setExecutor(this.pool);
	}

	private ForkJoinWorkerThread newThread(ForkJoinPool owner) {
		ForkJoinWorkerThread thread = new ForkJoinWorkerThread(owner) {
		};
		thread.setName("http-worker-" + this.threadNumbers.incrementAndGet());
		// the application's classes, as on Tomcat's own threads
		thread.setContextClassLoader(RecentlyIdleRequestThreads.class.getClassLoader());
		return thread;
	}

	/** After the web server has stopped taking requests. */
	@Override
	public void destroy() {
		this.pool.shutdown();
	}

}

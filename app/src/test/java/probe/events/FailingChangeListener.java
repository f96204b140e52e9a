package probe.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import io.kaiwu.shared.ChangeRecorded;

import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener outside Kaiwu's packages (so component scanning never finds it) that fails
 * while {@link #failing} is set: what a real listener does when its database or broker is
 * down.
 */
@Configuration(proxyBeanMethods = false)
public class FailingChangeListener {

	public static volatile boolean failing;

	public static volatile CountDownLatch attempts = new CountDownLatch(1);

	public static final List<String> received = new CopyOnWriteArrayList<>();

	@ApplicationModuleListener
	void on(ChangeRecorded change) {
		attempts.countDown();
		if (failing) {
			throw new IllegalStateException("listener down");
		}
		received.add(change.entityType() + ":" + change.after());
	}

}

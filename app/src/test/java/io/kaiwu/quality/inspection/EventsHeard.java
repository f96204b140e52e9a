package io.kaiwu.quality.inspection;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Hears the inspection events of one tenant as they are published, without a bean of its
 * own (so the tests share the one application context). Close it after the test.
 */
public final class EventsHeard implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final ApplicationListener<ApplicationEvent> listener;

	public final List<SubgroupRecorded> subgroups = new CopyOnWriteArrayList<>();

	public final List<InspectionCompleted> completed = new CopyOnWriteArrayList<>();

	public EventsHeard(ConfigurableApplicationContext context, TenantId tenant) {
		this.context = context;
		// every event of the context reaches a listener added this way: look at payloads
		// only
		this.listener = (event) -> {
			if (!(event instanceof PayloadApplicationEvent<?> payload)) {
				return;
			}
			if (payload.getPayload() instanceof SubgroupRecorded s && s.tenant().equals(tenant)) {
				this.subgroups.add(s);
			}
			else if (payload.getPayload() instanceof InspectionCompleted c && c.tenant().equals(tenant)) {
				this.completed.add(c);
			}
		};
		context.addApplicationListener(this.listener);
	}

	@Override
	public void close() {
		this.context.removeApplicationListener(this.listener);
	}

}

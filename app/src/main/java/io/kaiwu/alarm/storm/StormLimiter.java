package io.kaiwu.alarm.storm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rate limit of new alarms per originator (alarm flood, ISA-18.2: more alarms than an
 * operator can handle). Up to {@code maxRaises} raises within {@code window} pass; each
 * raise beyond is folded into one summary alarm, and the originator is in a storm until
 * the raises within the window are back at or below the limit. Used by one thread only.
 *
 * @param <K> what identifies an originator.
 */
public final class StormLimiter<K> {

	/** What to do with a raise. */
	public enum Decision {

		/** Raise the alarm. */
		PASS,
		/** The first raise beyond the limit: open the summary alarm and fold into it. */
		START_STORM,
		/** Fold into the open summary alarm. */
		FOLD

	}

	private final int maxRaises;

	private final Duration window;

	private final Map<K, Deque<Instant>> raises = new HashMap<>();

	private final Set<K> storming = new HashSet<>();

	public StormLimiter(int maxRaises, Duration window) {
		if (maxRaises < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A storm limit needs at least one raise and a positive window");
		}
		this.maxRaises = maxRaises;
		this.window = window;
	}

	/** Counts a raise of the originator at a time, and says whether it passes. */
	public Decision raise(K originator, Instant now) {
		Deque<Instant> times = this.raises.computeIfAbsent(originator, (k) -> new ArrayDeque<>());
		forgetBefore(times, now);
		times.addLast(now);
		if (times.size() <= this.maxRaises && !this.storming.contains(originator)) {
			return Decision.PASS;
		}
		if (times.size() <= this.maxRaises) {
			// still in the storm until the tick says it is calm
			return Decision.FOLD;
		}
		return this.storming.add(originator) ? Decision.START_STORM : Decision.FOLD;
	}

	/**
	 * The originators whose storm is over at this time: their raises within the window
	 * are back at or below the limit. They are no longer in a storm.
	 */
	public List<K> calmed(Instant now) {
		List<K> calm = new ArrayList<>();
		for (Iterator<K> it = this.storming.iterator(); it.hasNext();) {
			K originator = it.next();
			Deque<Instant> times = this.raises.get(originator);
			if (times != null) {
				forgetBefore(times, now);
			}
			if (times == null || times.size() <= this.maxRaises) {
				it.remove();
				calm.add(originator);
			}
		}
		this.raises.values().removeIf((times) -> {
			forgetBefore(times, now);
			return times.isEmpty();
		});
		return calm;
	}

	public boolean inStorm(K originator) {
		return this.storming.contains(originator);
	}

	private void forgetBefore(Deque<Instant> times, Instant now) {
		Instant from = now.minus(this.window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
			times.removeFirst();
		}
	}

}

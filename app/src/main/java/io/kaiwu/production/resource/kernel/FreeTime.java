package io.kaiwu.production.resource.kernel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is left of working time when blocked spans (planned maintenance of the machine)
 * are cut out of it.
 */
public final class FreeTime {

	private FreeTime() {
	}

	/**
	 * Cuts every blocked span out of the working spans.
	 * @param working the working spans, in any order; overlapping ones are merged
	 * @param blocked the spans in which no work is possible, in any order
	 * @return the free spans, sorted, disjoint and never empty
	 */
	public static List<Span> minus(List<Span> working, List<Span> blocked) {
		List<Span> cuts = merged(blocked);
		List<Span> free = new ArrayList<>();
		for (Span span : merged(working)) {
			Instant at = span.start();
			for (Span cut : cuts) {
				if (!cut.end().isAfter(at) || !cut.start().isBefore(span.end())) {
					continue;
				}
				if (cut.start().isAfter(at)) {
					free.add(new Span(at, cut.start()));
				}
				at = cut.end();
				if (!at.isBefore(span.end())) {
					break;
				}
			}
			if (at.isBefore(span.end())) {
				free.add(new Span(at, span.end()));
			}
		}
		return free;
	}

	/**
	 * The spans sorted by start, touching or overlapping ones joined, empty ones left
	 * out.
	 */
	public static List<Span> merged(List<Span> spans) {
		List<Span> sorted = spans.stream()
			.filter((s) -> !s.isEmpty())
			.sorted(Comparator.comparing(Span::start))
			.toList();
		List<Span> out = new ArrayList<>();
		for (Span span : sorted) {
			Span last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && !span.start().isAfter(last.end())) {
				if (span.end().isAfter(last.end())) {
					out.set(out.size() - 1, new Span(last.start(), span.end()));
				}
			}
			else {
				out.add(span);
			}
		}
		return out;
	}

}

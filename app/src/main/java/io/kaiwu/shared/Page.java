package io.kaiwu.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list with the total count, as every list endpoint answers it.
 *
 * @param items the rows of this page.
 * @param total how many rows the whole list has.
 * @param page the page number, from 0.
 * @param size the page size asked for.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

	public static <T> Page<T> of(List<T> items, long total, PageQuery query) {
		return new Page<>(List.copyOf(items), total, query.page(), query.size());
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.total, this.page, this.size);
	}

}

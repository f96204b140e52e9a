package io.kaiwu.shared;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a list to answer: {@code page} counts from 0, {@code size} is 1 to 500.
 *
 * @param page must be 0 or more.
 * @param size must be 1 to 500.
 */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	public PageQuery {
		if (page < 0) {
			throw new KaiwuProblem.InvalidInput("page", "problem.page.negative");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new KaiwuProblem.InvalidInput("size", "problem.page.size", MAX_SIZE);
		}
	}

	public static PageQuery of(@Nullable Integer page, @Nullable Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}

package io.kaiwu.alarm.expression;

/** The newest known value of each property of one originator. */
@FunctionalInterface
public interface Values {

	/** The newest value of a property; {@code NaN} when none is known. */
	double of(String property);

}

package io.kaiwu.shared;

import java.util.List;

/**
 * A problem the user can fix, turned into an RFC 9457 problem detail whose title and
 * detail come from the message bundles ({@code messageKey} with {@code args}).
 */
public abstract sealed class KaiwuProblem extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	protected KaiwuProblem(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

	/** HTTP status of the problem detail. */
	public abstract int status();

	/** An unknown id, or one that belongs to another tenant: both answer 404. */
	public static final class NotFound extends KaiwuProblem {

		public NotFound(String what, Object id) {
			super("problem.not-found", what, id);
		}

		@Override
		public int status() {
			return 404;
		}

	}

	/**
	 * A request that contradicts the current state, for example deleting a node with
	 * children.
	 */
	public static final class Conflict extends KaiwuProblem {

		public Conflict(String messageKey, Object... args) {
			super(messageKey, args);
		}

		@Override
		public int status() {
			return 409;
		}

	}

	/** Signed in, but not allowed to do this. */
	public static final class Forbidden extends KaiwuProblem {

		public Forbidden(String messageKey, Object... args) {
			super(messageKey, args);
		}

		@Override
		public int status() {
			return 403;
		}

	}

	/** Input that fails a rule the bean-validation annotations cannot express. */
	public static final class InvalidInput extends KaiwuProblem {

		private final List<FieldError> errors;

		public InvalidInput(List<FieldError> errors) {
			super("problem.validation");
			this.errors = List.copyOf(errors);
		}

		public InvalidInput(String field, String messageKey, Object... args) {
			this(List.of(new FieldError(field, messageKey, args)));
		}

		public List<FieldError> errors() {
			return this.errors;
		}

		@Override
		public int status() {
			return 400;
		}

	}

	/**
	 * One bad field.
	 *
	 * @param field the field name as the client sent it.
	 * @param messageKey bundle key of the reason.
	 * @param args arguments of the message.
	 */
	public record FieldError(String field, String messageKey, Object... args) {
	}

}

package io.kaiwu.tenancy.user;

import java.util.UUID;

/**
 * A user's password was changed or reset; the sign-in tokens issued under the old one
 * stop working (named API tokens stay).
 *
 * @param userId whose password.
 */
public record PasswordChanged(UUID userId) {
}

package io.kaiwu.masterdata.shift;

import java.time.LocalDate;

/**
 * A day on which no shift starts.
 *
 * @param date must not be {@literal null}.
 * @param name for example 国庆节; may be empty.
 */
public record Holiday(LocalDate date, String name) {
}

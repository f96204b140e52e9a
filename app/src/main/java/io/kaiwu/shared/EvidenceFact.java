package io.kaiwu.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One fact the platform measured about a tenant, offered as evidence to a maturity
 * question. A share (for example 生产设备联网率, devices reporting of devices registered)
 * carries its numerator as {@code value} and its denominator as {@code outOf}; a count or
 * a flag (1 or 0) has no denominator.
 *
 * @param key a stable name a maturity model refers to, for example
 * {@code device.networking-rate}; the keys are listed in {@code docs/scenario-atlas.md}.
 * @param value the measured number (the numerator of a share).
 * @param outOf the denominator of a share, or {@literal null} for a count or a flag.
 * @param provenanceKey message key that says, in the reader's language, where the number
 * comes from; its arguments are {@code provenanceArgs}.
 * @param provenanceArgs arguments of the provenance message, already formatted.
 * @param observedAt when the platform measured it.
 */
public record EvidenceFact(String key, double value, @Nullable Double outOf, String provenanceKey,
		List<String> provenanceArgs, Instant observedAt) {

	public EvidenceFact {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(provenanceKey, "provenanceKey");
		provenanceArgs = List.copyOf(provenanceArgs);
		Objects.requireNonNull(observedAt, "observedAt");
		if (outOf != null && outOf < 0) {
			throw new IllegalArgumentException("A share's denominator cannot be negative: " + outOf);
		}
	}

	/**
	 * The share as a number between 0 and 1, or the value itself when there is no
	 * denominator.
	 */
	public double ratio() {
		if (this.outOf == null) {
			return this.value;
		}
		return this.outOf == 0 ? 0 : this.value / this.outOf;
	}

}

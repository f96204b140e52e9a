package io.kaiwu.production.configurator;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The kinds of option effect, as requests and the database name them. */
enum EffectKind {

	ADD_COMPONENT, REPLACE_COMPONENT, EXTRA_STEP, RUN_FACTOR;

	static @Nullable EffectKind of(@Nullable String name) {
		if (name == null) {
			return null;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

package io.kaiwu.quality.identifier;

import java.util.Locale;
import java.util.regex.Pattern;

import io.kaiwu.shared.TenantId;

/**
 * The enterprise prefix (企业前缀) identifiers start with. A registered prefix is the one a
 * secondary node (二级节点) assigned: the national prefix {@code 88}, the node's industry
 * code and the enterprise's code, dot separated (e.g. {@code 88.118.8}). Until a tenant
 * enters its own, its identifiers use a local prefix {@code KW.} plus the first eight hex
 * digits of the tenant id: unique on this platform, not registered anywhere.
 */
final class EnterprisePrefix {

	/** Digits first (the national prefix), then one to five dot-separated segments. */
	static final Pattern REGISTERED = Pattern.compile("[0-9]{2,3}(\\.[0-9A-Za-z]{1,16}){1,5}");

	static final int MAX_LENGTH = 64;

	private EnterprisePrefix() {
	}

	static String local(TenantId tenant) {
		return "KW." + tenant.value().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	static boolean valid(String prefix) {
		return prefix.length() <= MAX_LENGTH && REGISTERED.matcher(prefix).matches();
	}

}

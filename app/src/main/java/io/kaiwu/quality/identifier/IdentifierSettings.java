package io.kaiwu.quality.identifier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How product identifiers resolve.
 *
 * @param resolverBaseUrl the public address QR codes point to, e.g.
 * {@code https://kaiwu.example.com}; the identifier is resolved at
 * {@code <base>/id/<identifier>}. Empty: the address the request came in on.
 * {@code KAIWU_QUALITY_IDENTIFIER_RESOLVER_BASE_URL}.
 */
@ConfigurationProperties("kaiwu.quality.identifier")
record IdentifierSettings(@Nullable String resolverBaseUrl) {

}

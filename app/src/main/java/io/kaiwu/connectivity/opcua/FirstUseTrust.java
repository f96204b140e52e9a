package io.kaiwu.connectivity.opcua;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trust on first use: the first server certificate a connection sees is accepted and
 * remembered (its SHA-256 fingerprint is logged); a different one later is refused until
 * the connection is saved again. No CA chain is checked yet.
 */
final class FirstUseTrust implements CertificateValidator {

	private static final Logger log = LoggerFactory.getLogger(FirstUseTrust.class);

	private final String connection;

	private final AtomicReference<@Nullable String> trusted = new AtomicReference<>();

	FirstUseTrust(String connection) {
		this.connection = connection;
	}

	@Override
	public void validateCertificateChain(List<X509Certificate> chain, @Nullable String applicationUri,
			@Nullable String @Nullable [] validHostnames) throws UaException {
		if (chain.isEmpty()) {
			throw new UaException(StatusCodes.Bad_SecurityChecksFailed, "the server sent no certificate");
		}
		String fingerprint = fingerprint(chain.get(0));
		if (this.trusted.compareAndSet(null, fingerprint)) {
			log.info("OPC UA connection {} trusts the server certificate {} (SHA-256 {}) on first use", this.connection,
					chain.get(0).getSubjectX500Principal(), fingerprint);
			return;
		}
		if (!fingerprint.equals(this.trusted.get())) {
			throw new UaException(StatusCodes.Bad_SecurityChecksFailed, "the server certificate changed (SHA-256 "
					+ fingerprint + "); save the connection again to trust it");
		}
	}

	private static String fingerprint(X509Certificate certificate) throws UaException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		}
		catch (NoSuchAlgorithmException | CertificateEncodingException ex) {
			throw new UaException(StatusCodes.Bad_CertificateInvalid, ex);
		}
	}

}

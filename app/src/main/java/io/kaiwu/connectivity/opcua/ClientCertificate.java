package io.kaiwu.connectivity.opcua;

import java.security.KeyPair;
import java.security.cert.X509Certificate;

import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * Kaiwu's own OPC UA application certificate (RSA 2048, SHA-256, self-signed), made once
 * per run and kept in memory: a server that checks client certificates must trust it
 * again after each start of Kaiwu (docs/opcua.md).
 *
 * @param keyPair the key pair.
 * @param certificate the certificate, naming {@link #APPLICATION_URI}.
 */
record ClientCertificate(KeyPair keyPair, X509Certificate certificate) {

	static final String APPLICATION_URI = "urn:kaiwu:opcua-client";

	static ClientCertificate generate() {
		try {
			KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
			X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair).setCommonName("Kaiwu")
				.setOrganization("Kaiwu")
				.setApplicationUri(APPLICATION_URI)
				.addDnsName("localhost")
				.build();
			return new ClientCertificate(keyPair, certificate);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not make Kaiwu's OPC UA client certificate", ex);
		}
	}

}

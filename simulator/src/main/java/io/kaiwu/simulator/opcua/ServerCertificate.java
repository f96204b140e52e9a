package io.kaiwu.simulator.opcua;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;

import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateStore;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The server's self-signed application certificate (RSA 2048, SHA-256), made once per
 * outlet and kept in memory, so that a restarted server presents the same certificate.
 * Client certificates are all accepted: the simulator is a test peer, not a plant.
 */
final class ServerCertificate {

	private final KeyPair keyPair;

	private final X509Certificate certificate;

	private ServerCertificate(KeyPair keyPair, X509Certificate certificate) {
		this.keyPair = keyPair;
		this.certificate = certificate;
	}

	static ServerCertificate generate(String applicationUri, String hostname) throws Exception {
		KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
		X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair).setCommonName("Kaiwu virtual factory")
			.setOrganization("Kaiwu")
			.setApplicationUri(applicationUri)
			.addDnsName("localhost")
			.addDnsName(hostname)
			.addIpAddress("127.0.0.1")
			.build();
		return new ServerCertificate(keyPair, certificate);
	}

	X509Certificate certificate() {
		return this.certificate;
	}

	/** A certificate manager holding this certificate and trusting every client. */
	CertificateManager manager() throws Exception {
		MemoryCertificateStore store = new MemoryCertificateStore();
		store.set(NodeIds.RsaSha256ApplicationCertificateType,
				new CertificateStore.Entry(this.keyPair.getPrivate(), new X509Certificate[] { this.certificate }));
		RsaSha256CertificateFactory factory = new RsaSha256CertificateFactory() {
			@Override
			protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
				return new X509Certificate[] { ServerCertificate.this.certificate };
			}
		};
		DefaultApplicationGroup group = DefaultApplicationGroup.createAndInitialize(new MemoryTrustListManager(), store,
				factory, new AnyClient());
		return new DefaultCertificateManager(new MemoryCertificateQuarantine(), group);
	}

	/** Accepts every client certificate. */
	private static final class AnyClient implements CertificateValidator {

		@Override
		public void validateCertificateChain(List<X509Certificate> certificateChain, @Nullable String applicationUri,
				@Nullable String @Nullable [] validHostnames) {
		}

	}

}

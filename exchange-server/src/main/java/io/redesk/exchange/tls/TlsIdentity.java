package io.redesk.exchange.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The exchange's TLS identity: a self-signed EC P-256 certificate for localhost and 127.0.0.1,
 * generated with Bouncy Castle on first start and kept in the data directory ({@code tls.p12}, with its
 * random password in {@code tls.pass}, both readable by the owner only). Clients pin its public key:
 * {@link #pin()} is the OkHttp form {@code sha256/<base64 of the SubjectPublicKeyInfo digest>}.
 */
public final class TlsIdentity {
    private static final String ALIAS = "exchange";

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private TlsIdentity(KeyStore keyStore, char[] password) throws GeneralSecurityException {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = (X509Certificate) keyStore.getCertificate(ALIAS);
    }

    /** Loads the identity from the data directory, creating it on first use. */
    public static TlsIdentity loadOrCreate(Path dataDir) {
        Path store = dataDir.resolve("tls.p12");
        Path pass = dataDir.resolve("tls.pass");
        try {
            if (Files.exists(store) && Files.exists(pass)) {
                char[] pw = Files.readString(pass, StandardCharsets.US_ASCII).trim().toCharArray();
                KeyStore ks = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(store)) {
                    ks.load(in, pw);
                }
                return new TlsIdentity(ks, pw);
            }
            return create(store, pass);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load or create the TLS certificate in " + dataDir, e);
        }
    }

    private static TlsIdentity create(Path store, Path pass) throws IOException, GeneralSecurityException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair kp = gen.generateKeyPair();
        X500Name name = new X500Name("CN=ReDesk exchange (self-signed)");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(825))), name, kp.getPublic());
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        X509Certificate cert;
        try {
            cert = new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the certificate", e);
        }
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        char[] pw = HexFormat.of().formatHex(raw).toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, kp.getPrivate(), pw, new java.security.cert.Certificate[] {cert});
        writeOwnerOnly(pass, new String(pw).getBytes(StandardCharsets.US_ASCII));
        Path tmp = store.resolveSibling("tls.p12.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            ks.store(out, pw);
        }
        restrict(tmp);
        Files.move(tmp, store, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new TlsIdentity(ks, pw);
    }

    private static void writeOwnerOnly(Path p, byte[] content) throws IOException {
        Files.write(p, content);
        restrict(p);
    }

    private static void restrict(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system (Windows): the data directory's own ACL applies
        }
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public String password() {
        return new String(password);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** {@code sha256/<base64>} of the certificate's SubjectPublicKeyInfo, as OkHttp's CertificatePinner expects. */
    public String pin() {
        try {
            return "sha256/" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex SHA-256 of the whole certificate (what browsers and openssl show as the fingerprint). */
    public String fingerprint() {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

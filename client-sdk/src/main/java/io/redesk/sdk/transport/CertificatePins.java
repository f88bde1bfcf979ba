package io.redesk.sdk.transport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;

/**
 * Certificate pinning for the exchange's self-signed certificate: the client trusts exactly the
 * certificates whose SubjectPublicKeyInfo SHA-256 matches one of the pins, and nothing else (not the
 * platform CAs). Pins are accepted as OkHttp writes them ({@code sha256/BASE64}), as bare base64, or as
 * 64 hex digits (colons allowed), which is how the exchange prints its pin on first start.
 *
 * <p>Because the pin identifies the exact key, the host name check is replaced by the same pin check:
 * a self-signed demo certificate need not name the host the user typed.
 */
public final class CertificatePins {

    private final Set<String> pinsBase64;

    private CertificatePins(Set<String> pinsBase64) {
        this.pinsBase64 = Set.copyOf(pinsBase64);
    }

    /** Parses and validates pins; throws {@link IllegalArgumentException} naming the bad one. */
    public static CertificatePins of(List<String> pins) {
        Set<String> normalised = new HashSet<>();
        for (String pin : pins) {
            normalised.add(Base64.getEncoder().encodeToString(parse(pin)));
        }
        return new CertificatePins(normalised);
    }

    /** The 32-byte digest a pin stands for. */
    public static byte[] parse(String pin) {
        if (pin == null || pin.isBlank()) {
            throw new IllegalArgumentException("certificate pin must not be blank");
        }
        String p = pin.trim();
        if (p.regionMatches(true, 0, "sha256/", 0, 7)) {
            p = p.substring(7);
        }
        String hex = p.replace(":", "");
        byte[] digest;
        if (hex.length() == 64 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            digest = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        } else {
            try {
                digest = Base64.getDecoder().decode(p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("certificate pin is neither base64 nor hex SHA-256: " + pin);
            }
        }
        if (digest.length != 32) {
            throw new IllegalArgumentException(
                    "certificate pin must be a SHA-256 digest (32 bytes), got " + digest.length + " bytes: " + pin);
        }
        return digest;
    }

    /** {@code sha256/BASE64} of the certificate's SubjectPublicKeyInfo. */
    public static String pinOf(X509Certificate certificate) {
        return "sha256/" + Base64.getEncoder().encodeToString(spkiSha256(certificate));
    }

    static byte[] spkiSha256(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    boolean matches(X509Certificate certificate) {
        return pinsBase64.contains(Base64.getEncoder().encodeToString(spkiSha256(certificate)));
    }

    /** A trust manager that accepts a server only if its leaf certificate matches a pin. */
    public X509TrustManager trustManager() {
        return new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("client certificates are not used");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (chain == null || chain.length == 0) {
                    throw new CertificateException("server sent no certificate");
                }
                X509Certificate leaf = chain[0];
                if (!matches(leaf)) {
                    throw new CertificateException("server certificate " + pinOf(leaf)
                            + " does not match any configured pin");
                }
                leaf.checkValidity();
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
    }

    /** Accepts the host exactly when the session's leaf certificate matches a pin. */
    public HostnameVerifier hostnameVerifier() {
        return (String host, SSLSession session) -> {
            try {
                return session.getPeerCertificates().length > 0
                        && session.getPeerCertificates()[0] instanceof X509Certificate x
                        && matches(x);
            } catch (SSLPeerUnverifiedException e) {
                return false;
            }
        };
    }

    /** A TLS context trusting only the pinned certificates. */
    public SSLContext sslContext() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new javax.net.ssl.TrustManager[] {trustManager()}, null);
            return ctx;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS", e);
        }
    }
}

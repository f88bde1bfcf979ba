package io.redesk.store.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;

/** HMAC-SHA-256 through the JDK provider (the international suite's PRF). */
final class JdkHmacSha256 implements Prf {

    private final byte[] key;
    private final Mac mac;
    private boolean wiped;

    JdkHmacSha256(byte[] key) {
        this.key = key.clone();
        this.mac = newMac(this.key);
    }

    private static Mac newMac(byte[] key) {
        try {
            Mac m = Mac.getInstance("HmacSHA256", "SunJCE");
            m.init(new WipeableKey(key, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provider has no HmacSHA256", e);
        }
    }

    @Override
    public synchronized byte[] mac(byte[]... parts) {
        check();
        for (byte[] p : parts) {
            mac.update(p);
        }
        return mac.doFinal();
    }

    @Override
    public Streaming streaming() {
        check();
        Mac m = newMac(key);
        return new Streaming() {
            @Override
            public void update(byte[] data, int offset, int length) {
                m.update(data, offset, length);
            }

            @Override
            public byte[] finish() {
                return m.doFinal();
            }
        };
    }

    @Override
    public int length() {
        return 32;
    }

    @Override
    public synchronized void wipe() {
        if (wiped) {
            return;
        }
        Arrays.fill(key, (byte) 0);
        try {
            mac.init(new WipeableKey(new byte[32], "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not re-key the MAC while wiping", e);
        }
        wiped = true;
    }

    byte[] keyArrayForTest() {
        return key;
    }

    private void check() {
        if (wiped) {
            throw new IllegalStateException("key has been wiped");
        }
    }
}

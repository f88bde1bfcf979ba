package io.redesk.store.crypto;

import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A {@link SecretKey} over an array we own. {@code SecretKeySpec} clones its input and cannot be
 * destroyed on Java 17, so every init would leave another copy of the key on the heap; this class
 * hands providers a short-lived clone and can be destroyed.
 */
final class WipeableKey implements SecretKey {

    private static final long serialVersionUID = 1L;
    private final transient byte[] key;
    private final String algorithm;
    private transient boolean destroyed;

    WipeableKey(byte[] key, String algorithm) {
        this.key = key;
        this.algorithm = algorithm;
    }

    @Override
    public String getAlgorithm() {
        return algorithm;
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    @Override
    public byte[] getEncoded() {
        return key.clone();
    }

    @Override
    public void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}

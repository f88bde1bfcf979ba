package io.redesk.store.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** HMAC-SM3 (GB/T 32905-2016 hash) through Bouncy Castle (the GM suite's PRF). */
final class BcHmacSm3 implements Prf {

    private final byte[] key;
    private final HMac mac = new HMac(new SM3Digest());
    private boolean wiped;

    BcHmacSm3(byte[] key) {
        this.key = key.clone();
        mac.init(new KeyParameter(this.key));
    }

    @Override
    public synchronized byte[] mac(byte[]... parts) {
        check();
        for (byte[] p : parts) {
            mac.update(p, 0, p.length);
        }
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    @Override
    public Streaming streaming() {
        check();
        HMac m = new HMac(new SM3Digest());
        m.init(new KeyParameter(key));
        return new Streaming() {
            @Override
            public void update(byte[] data, int offset, int length) {
                m.update(data, offset, length);
            }

            @Override
            public byte[] finish() {
                byte[] out = new byte[m.getMacSize()];
                m.doFinal(out, 0);
                return out;
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
        mac.init(new KeyParameter(new byte[32]));
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

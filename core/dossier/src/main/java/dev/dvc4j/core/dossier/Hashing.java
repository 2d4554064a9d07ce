package dev.dvc4j.core.dossier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 with a per-thread digest. */
final class Hashing {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    });

    /** Which ASCII characters are lower-case hex digits. */
    private static final boolean[] LOWER_HEX = new boolean[128];

    static {
        for (char c : "0123456789abcdef".toCharArray()) {
            LOWER_HEX[c] = true;
        }
    }

    private Hashing() {
    }

    /** @return whether the text is 64 lower-case hex digits */
    static boolean isSha256Hex(String s) {
        if (s == null || s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (c >= 128 || !LOWER_HEX[c]) {
                return false;
            }
        }
        return true;
    }

    static byte[] sha256(byte[] data) {
        return sha256(data, data.length);
    }

    /** @return the SHA-256 of {@code data[0, length)}, with this thread's digest */
    static byte[] sha256(byte[] data, int length) {
        MessageDigest md = SHA256.get();
        md.reset();
        md.update(data, 0, length);
        return md.digest();
    }
}

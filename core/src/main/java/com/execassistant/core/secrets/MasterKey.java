package com.execassistant.core.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES key that encrypts the secret vault.
 *
 * <p>It comes from the environment variable {@value #ENV_VARIABLE} (base64) when set, so a server
 * can keep it off the disk; otherwise from a key file that is created with owner-only permissions
 * the first time it is needed. {@link #toString()} never shows the key.
 */
public final class MasterKey {

    /** Environment variable holding a base64-encoded 32-byte key. */
    public static final String ENV_VARIABLE = "EXEC_ASSISTANT_MASTER_KEY";

    private static final int KEY_BYTES = 32;
    private static final int CHECK_BYTES = 8;

    private final byte[] key;

    private MasterKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new SecretVaultException(
                    "The master key must be 32 bytes (44 characters of base64), but it is "
                            + key.length
                            + " bytes long.");
        }
        this.key = key.clone();
    }

    /** A new random key. */
    public static MasterKey generate() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new MasterKey(bytes);
    }

    /** Reads a base64-encoded 32-byte key. */
    public static MasterKey fromBase64(String base64) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException e) {
            throw new SecretVaultException("The master key is not valid base64.");
        }
    }

    /**
     * The key from {@value #ENV_VARIABLE} in {@code env} if set, else from {@code keyFile}, which
     * is created with a new random key when it does not exist yet.
     */
    public static MasterKey fromEnvironmentOrFile(Map<String, String> env, Path keyFile) {
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                return fromBase64(fromEnv);
            } catch (SecretVaultException e) {
                throw new SecretVaultException(ENV_VARIABLE + " is unusable: " + e.getMessage());
            }
        }
        try {
            if (Files.exists(keyFile)) {
                String text = Files.readString(keyFile, StandardCharsets.US_ASCII);
                try {
                    return fromBase64(text);
                } catch (SecretVaultException e) {
                    throw new SecretVaultException(
                            "The key file " + keyFile + " is damaged: " + e.getMessage());
                }
            }
            MasterKey created = generate();
            OwnerOnlyFiles.writeAtomically(
                    keyFile, created.toBase64().getBytes(StandardCharsets.US_ASCII));
            return created;
        } catch (IOException e) {
            throw new SecretVaultException(
                    "Cannot read or create the key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** The key as base64, for the user to copy into {@value #ENV_VARIABLE}. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key);
    }

    SecretKey secretKey() {
        return new SecretKeySpec(key, "AES");
    }

    /**
     * A short fingerprint of the key stored beside the ciphertext, so a wrong key is told apart
     * from a damaged file. It is an HMAC, so it reveals nothing usable about the key.
     */
    byte[] checkValue() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full =
                    mac.doFinal("exec-assistant vault key check".getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, CHECK_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[redacted]";
    }
}

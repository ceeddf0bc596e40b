package com.execassistant.core.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The vault file format: magic "EAV1", an 8-byte key check, a 12-byte random nonce, then the
 * AES-256-GCM ciphertext with its 128-bit tag. The header is authenticated as associated data.
 */
final class VaultCipher {

    private static final byte[] MAGIC = "EAV1".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECK_BYTES = 8;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = MAGIC.length + CHECK_BYTES;

    private final MasterKey key;
    private final SecureRandom random = new SecureRandom();

    VaultCipher(MasterKey key) {
        this.key = key;
    }

    byte[] encrypt(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] header = header();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(header.length + nonce.length + sealed.length)
                    .put(header)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    byte[] decrypt(byte[] file, String fileName) {
        if (file.length < HEADER_BYTES + NONCE_BYTES + TAG_BITS / 8
                || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new SecretVaultException(
                    "The secret vault " + fileName + " is not a vault file or is truncated.");
        }
        byte[] header = Arrays.copyOf(file, HEADER_BYTES);
        byte[] check = Arrays.copyOfRange(file, MAGIC.length, HEADER_BYTES);
        if (!MessageDigest.isEqual(check, key.checkValue())) {
            throw new SecretVaultException(
                    "The secret vault "
                            + fileName
                            + " was encrypted with a different master key. Use the key it was"
                            + " created with (key file or "
                            + MasterKey.ENV_VARIABLE
                            + "), or remove the vault and reconnect your accounts.");
        }
        byte[] nonce = Arrays.copyOfRange(file, HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            return cipher.doFinal(
                    file, HEADER_BYTES + NONCE_BYTES, file.length - HEADER_BYTES - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SecretVaultException(
                    "The secret vault "
                            + fileName
                            + " has been altered or damaged, so its secrets cannot be trusted."
                            + " Remove it and reconnect your accounts.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    private byte[] header() {
        return ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).put(key.checkValue()).array();
    }
}

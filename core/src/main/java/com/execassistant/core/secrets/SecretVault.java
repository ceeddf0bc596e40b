package com.execassistant.core.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Named secrets (OAuth tokens, client secrets) kept in one AES-256-GCM encrypted file.
 *
 * <p>Every write re-encrypts the whole file with a fresh random nonce and replaces it atomically,
 * with owner-only permissions. Read-modify-write cycles hold a lock file so the desktop app and the
 * command line can share a workspace. Values never appear in logs or exception messages. See the
 * ADR on secret storage for what this does and does not protect against.
 */
public final class SecretVault {

    /** The vault file's name inside a workspace. */
    public static final String VAULT_FILE = "secrets.vault";

    /** The key file's name inside a workspace, used when no key is given by the environment. */
    public static final String KEY_FILE = "secrets.key";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

    private final Path file;
    private final Path lockFile;
    private final VaultCipher cipher;

    private SecretVault(Path file, MasterKey key) {
        this.file = file.toAbsolutePath();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.cipher = new VaultCipher(key);
    }

    /** A vault in {@code file} encrypted with {@code key}; the file is created on first write. */
    public static SecretVault open(Path file, MasterKey key) {
        return new SecretVault(Objects.requireNonNull(file), Objects.requireNonNull(key));
    }

    /**
     * The workspace's vault: {@value #VAULT_FILE} in {@code workspace}, with the key from {@link
     * MasterKey#ENV_VARIABLE} in {@code env} or else from {@value #KEY_FILE} beside it.
     */
    public static SecretVault inWorkspace(Path workspace, Map<String, String> env) {
        MasterKey key = MasterKey.fromEnvironmentOrFile(env, workspace.resolve(KEY_FILE));
        return open(workspace.resolve(VAULT_FILE), key);
    }

    /** The secret stored under {@code name}, if any. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(readAll().get(name));
    }

    /** The names of every stored secret. */
    public Set<String> names() {
        return Set.copyOf(readAll().keySet());
    }

    /** Stores {@code value} under {@code name}, replacing any previous value. */
    public void put(String name, String value) {
        requireName(name);
        Objects.requireNonNull(value, "value");
        update(secrets -> secrets.put(name, value));
    }

    /** Removes the secret under {@code name}; nothing happens when there is none. */
    public void remove(String name) {
        update(secrets -> secrets.remove(name));
    }

    private synchronized void update(Consumer<Map<String, String>> change) {
        try {
            OwnerOnlyFiles.createOwnerOnlyDirectories(lockFile.getParent());
            try (FileChannel channel =
                            FileChannel.open(
                                    lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                Map<String, String> secrets = readAll();
                change.accept(secrets);
                OwnerOnlyFiles.writeAtomically(
                        file, cipher.encrypt(JSON.writeValueAsBytes(secrets)));
            }
        } catch (IOException e) {
            throw new SecretVaultException(
                    "Cannot write the secret vault " + file + ": " + e.getMessage(), e);
        }
    }

    private synchronized Map<String, String> readAll() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            throw new SecretVaultException(
                    "Cannot read the secret vault " + file + ": " + e.getMessage(), e);
        }
        byte[] plain = cipher.decrypt(bytes, file.toString());
        try {
            return JSON.readValue(plain, MAP);
        } catch (IOException e) {
            // Authenticated but unreadable: written by an incompatible version.
            throw new SecretVaultException(
                    "The secret vault " + file + " has a layout this version cannot read.");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a secret needs a name");
        }
    }

    @Override
    public String toString() {
        return "SecretVault[" + file + "]";
    }
}

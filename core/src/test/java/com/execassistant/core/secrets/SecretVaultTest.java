package com.execassistant.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretVaultTest {

    @TempDir Path dir;

    private final MasterKey key = MasterKey.generate();

    @Test
    void storedSecretsSurviveReopening() {
        SecretVault.open(dir.resolve("v"), key).put("google/work", "refresh-123");
        SecretVault.open(dir.resolve("v"), key).put("google/home", "refresh-456");

        SecretVault reopened = SecretVault.open(dir.resolve("v"), key);

        assertThat(reopened.get("google/work")).contains("refresh-123");
        assertThat(reopened.get("google/home")).contains("refresh-456");
        assertThat(reopened.names()).containsExactlyInAnyOrder("google/work", "google/home");
    }

    @Test
    void removedSecretIsGone() {
        SecretVault vault = SecretVault.open(dir.resolve("v"), key);
        vault.put("a", "1");
        vault.remove("a");

        assertThat(vault.get("a")).isEmpty();
    }

    @Test
    void missingVaultFileReadsAsEmpty() {
        assertThat(SecretVault.open(dir.resolve("absent"), key).names()).isEmpty();
    }

    @Test
    void fileDoesNotContainThePlaintext() throws Exception {
        SecretVault.open(dir.resolve("v"), key).put("google/work", "ya29.very-secret-token");

        byte[] bytes = Files.readAllBytes(dir.resolve("v"));

        assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .doesNotContain("very-secret")
                .doesNotContain("google/work");
    }

    @Test
    void everyWriteUsesAFreshNonce() throws Exception {
        SecretVault vault = SecretVault.open(dir.resolve("v"), key);
        vault.put("a", "same");
        byte[] first = Files.readAllBytes(dir.resolve("v"));
        vault.put("a", "same");
        byte[] second = Files.readAllBytes(dir.resolve("v"));

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void alteredFileIsRejected() throws Exception {
        SecretVault.open(dir.resolve("v"), key).put("a", "secret");
        byte[] bytes = Files.readAllBytes(dir.resolve("v"));
        bytes[bytes.length - 5] ^= 0x01;
        Files.write(dir.resolve("v"), bytes);

        assertThatThrownBy(() -> SecretVault.open(dir.resolve("v"), key).get("a"))
                .isInstanceOf(SecretVaultException.class)
                .hasMessageContaining("altered or damaged");
    }

    @Test
    void wrongKeyGivesAClearError() {
        SecretVault.open(dir.resolve("v"), key).put("a", "secret");

        assertThatThrownBy(() -> SecretVault.open(dir.resolve("v"), MasterKey.generate()).get("a"))
                .isInstanceOf(SecretVaultException.class)
                .hasMessageContaining("different master key");
    }

    @Test
    void fileThatIsNoVaultIsRejected() throws Exception {
        Files.writeString(dir.resolve("v"), "{\"a\":\"plain\"}");

        assertThatThrownBy(() -> SecretVault.open(dir.resolve("v"), key).names())
                .isInstanceOf(SecretVaultException.class)
                .hasMessageContaining("not a vault file");
    }

    @Test
    void vaultFileIsReadableByItsOwnerOnly() throws Exception {
        SecretVault.open(dir.resolve("sub/v"), key).put("a", "secret");

        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(dir.resolve("sub/v"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sub"))))
                .isEqualTo("rwx------");
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws Exception {
        SecretVault vault = SecretVault.open(dir.resolve("v"), key);
        vault.put("a", "1");
        vault.put("b", "2");

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("v", "v.lock");
        }
    }

    @Test
    void toStringShowsNoSecret() {
        SecretVault vault = SecretVault.open(dir.resolve("v"), key);
        vault.put("a", "hunter2");

        assertThat(vault.toString()).doesNotContain("hunter2");
        assertThat(key.toString()).doesNotContain(key.toBase64());
    }
}

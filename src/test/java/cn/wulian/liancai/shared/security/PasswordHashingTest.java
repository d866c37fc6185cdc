package cn.wulian.liancai.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordHashingTest {

    /** the count is read from the hash itself, so hashes of every age can be told apart */
    @ParameterizedTest
    @CsvSource({
            "PBKDF2WithHmacSHA256:120000:c2FsdA==:aGFzaA==, 120000",
            "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==, 600000",
            "PBKDF2WithHmacSHA512:600000:c2FsdA==:aGFzaA==, 0",
            "PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==, 0",
            "plain, 0",
    })
    void iterationsAreReadFromTheHash(String hash, int iterations) {
        assertEquals(iterations, PasswordHashing.iterationsOf(hash));
    }
}

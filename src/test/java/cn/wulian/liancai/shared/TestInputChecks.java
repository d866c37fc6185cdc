package cn.wulian.liancai.shared;

import jakarta.validation.Validator;

/** {@link InputChecks} without a container: the format checks only, on a given validator. */
public final class TestInputChecks {

    private TestInputChecks() {
    }

    public static InputChecks withValidator(Validator validator) {
        InputChecks checks = new InputChecks();
        checks.validator = validator;
        return checks;
    }
}

package cn.wulian.liancai.team.boundary;

import jakarta.validation.constraints.Size;

/** A workflow step: SUBMIT, APPROVE, RETURN, START, GRADUATE or EXIT, with a reason where one is needed. */
public record TransitionInput(String action, @Size(max = 1000, message = "validation.size1000") String reason, Long version) {
}

package cn.wulian.liancai.team.boundary;

import java.io.Serializable;
import java.time.Instant;

public record TransitionJson(long id, String from, String to, String by, Instant at, String reason) implements Serializable {
}

package cn.wulian.liancai.award.entity;

import java.io.Serializable;
/** One line of a nominee's achievements: when, what, and a sentence more; {@code link} optionally points to evidence (an http or https address, checked by {@link Nomination}). */
public record Achievement(Integer year, String title, String detail, String link) implements Serializable {
}

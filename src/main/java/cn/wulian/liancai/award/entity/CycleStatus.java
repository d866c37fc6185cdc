package cn.wulian.liancai.award.entity;

/**
 * Where a cycle stands. While OPEN, nominations come in within the nomination window and reviews
 * within the review window; DECIDED when the winners are recorded (still changeable); PUBLISHED
 * during the notice period (公示); FINAL after it, when nothing changes any more.
 */
public enum CycleStatus {
    OPEN, DECIDED, PUBLISHED, FINAL
}

package cn.wulian.liancai.talent.entity;

public enum InteractionKind { VISIT, CALL, MEETING, EVENT, MESSAGE }

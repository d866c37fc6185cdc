package cn.wulian.liancai.talent.entity;

public enum Gender { M, F }

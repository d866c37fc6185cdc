/**
 * Owns the office's dashboard (总览), a read-only view over the features below it: totals of teams, projects and investment by platform, industry,
 * stage and the lead talent's home township, the flags board (两旗一牌) and the month's ranking.
 * Office staff and administrators only; every figure is computed from the records on request.
 */
package cn.wulian.liancai.dashboard;

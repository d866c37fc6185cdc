/**
 * Innovation and entrepreneurship platforms (双创平台) that house returning talents' teams. For now
 * the four platforms of the programme as reference data, to which platform managers are bound;
 * teams and projects follow in their own issue.
 */
package cn.wulian.liancai.platform;

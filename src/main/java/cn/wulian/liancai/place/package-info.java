/**
 * Wulian county's township-level units (乡镇/街道) with the statistics bureau's codes. Seed data,
 * never code: the list changes with redistricting.
 */
package cn.wulian.liancai.place;

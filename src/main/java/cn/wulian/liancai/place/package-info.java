/**
 * Owns Wulian county's township-level units (乡镇/街道) with the statistics bureau's codes. Seed data,
 * never code: the list changes with redistricting. {@code Townships} looks one up by code or name
 * for the features that record a hometown or a landing place.
 */
package cn.wulian.liancai.place;

/**
 * Owns the innovation and entrepreneurship platforms (双创平台) — name, kind, address, area,
 * workstations — and their figures, which the features housed there count through
 * {@code PlatformFigureSource} (teams: incubating, graduated, people, IP, financing; projects: how
 * many landed and the investment). A platform knows no team or project class; every role may read
 * platforms.
 */
package cn.wulian.liancai.platform;

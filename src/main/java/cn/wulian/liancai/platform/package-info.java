/**
 * Owns the innovation and entrepreneurship platforms (双创平台) — names in Chinese and English, kind
 * (众创空间, 孵化器, 小镇, 产业园), address, opening date, area, workstations, operator, description —
 * and their figures, which the features housed there count through {@code PlatformFigureSource}
 * (teams: incubating, graduated, people, IP, financing; projects: how many landed and the
 * investment). A platform knows no team or project class; every role may read platforms, office
 * staff and administrators create, edit and delete them. The code never changes once given (policy
 * rules and addresses name it); names are unique. platforms.csv is the first set, loaded once.
 */
package cn.wulian.liancai.platform;

package cn.wulian.liancai.platform.boundary;

import java.util.Map;

/**
 * A feature housed on the platforms adds its part of their figures. Declared here and implemented
 * by {@code team} and {@code project}, which sit above {@code platform}: a platform knows what it
 * houses only through this contract.
 */
public interface PlatformFigureSource {

    /** adds this feature's records to the figures of each platform, keyed by the platform's id (absent keys: add them) */
    void addTo(Map<Long, PlatformFigures> byPlatformId);
}

package cn.wulian.liancai.shared.imports.control;

import java.util.List;

/** a registered record an incoming row may be: its id and name, how sure (0–100), and why */
public record Match(long id, String name, int score, List<String> reasons) {
}

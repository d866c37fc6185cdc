package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/**
 * The money convention ({@link Money}) for pages, in the page's language: {@code #{money.amount(x)}}
 * reads "87.5 万元" or "1.25 亿元", {@code #{money.paid(x)}} "12,000.50 元".
 */
@Named("money")
@RequestScoped
public class MoneyView {

    @Inject
    LocaleView localeView;

    public String amount(BigDecimal yuan) {
        return Money.amount(yuan, localeView.getLocale());
    }

    /** a headline's figure, its unit set apart: {@code #{money.figure(x)}<small> #{money.unit(x)}</small>} */
    public String figure(BigDecimal yuan) {
        return Money.figure(yuan, localeView.getLocale());
    }

    public String unit(BigDecimal yuan) {
        return Money.unit(yuan, localeView.getLocale());
    }

    public String paid(BigDecimal yuan) {
        return Money.paid(yuan, localeView.getLocale());
    }
}

package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Every decimal field of the UI (an amount, an area, an investment, a score) read as people type it,
 * in place of Faces' own converter, which took {@code 1e3} as a thousand and refused {@code 300,000}:
 * full-width digits (３００００) and thousands separators are folded, and only plain decimal notation
 * is a number. The pages fold the same on leaving a field (layout.js); this is the server's word, for
 * a browser without scripts or a form sent by other means. Registered for {@code BigDecimal} in
 * faces-config.xml, which comes after Faces' own defaults (an annotation did not replace them).
 */
public class DecimalConverter implements Converter<BigDecimal> {

    /** digits, at most one point; a sign, so that a negative figure is refused by its field's rule with its range */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** a thousands separator stands between a digit and a group of exactly three */
    private static final Pattern SEPARATOR = Pattern.compile("(?<=\\d)[,，\\s](?=\\d{3}(\\D|$))");
    /** longer than any figure a field allows; keeps a pasted page of digits from being parsed */
    private static final int LONGEST = 40;

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value);
        } catch (NumberFormatException notPlain) {
            String message = Messages.text(context.getViewRoot().getLocale(), "validation.decimal");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    /** the number typed, null when nothing was; NumberFormatException when it is not plain decimal notation */
    static BigDecimal parse(String value) {
        String folded = fold(value);
        if (folded.isEmpty()) {
            return null;
        }
        if (folded.length() > LONGEST || !PLAIN.matcher(folded).matches()) {
            throw new NumberFormatException(folded);
        }
        return new BigDecimal(folded);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** full-width digits, point and minus as ASCII; thousands separators and surrounding space dropped */
    static String fold(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder ascii = new StringBuilder(value.length());
        for (char c : value.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                ascii.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                ascii.append('.');
            } else if (c == '－' || c == '−') {
                ascii.append('-');
            } else {
                ascii.append(c);
            }
        }
        return SEPARATOR.matcher(ascii).replaceAll("");
    }
}

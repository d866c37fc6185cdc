package cn.wulian.liancai.shared.web;

import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.api.UICalendar;

/**
 * Every date field reads a day strictly: PrimeFaces' pickers resolve leniently by default, so 2026-02-30 was saved as
 * 2026-02-28 without a word (the API refuses it). Set on each picker as it joins a view (faces-config.xml), so that no
 * page can forget it; a day that does not exist is then refused beside its field, as the API refuses it.
 */
public class StrictDates implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UICalendar;
    }

    @Override
    public void processEvent(SystemEvent event) {
        ((UICalendar) event.getSource()).setResolverStyle("strict");
    }
}

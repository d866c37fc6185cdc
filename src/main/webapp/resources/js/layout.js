// The layout's behaviour, kept out of the markup for the Content-Security-Policy: the ☰ drawer, the
// user's menu, and the button that unfolds a list's filters on a phone. All three are plain buttons
// with aria-expanded; the CSS reads that attribute, so what is open is what the screen reader hears.
(function () {
    function setOpen(button, open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }

    function isOpen(button) {
        return button.getAttribute('aria-expanded') === 'true';
    }

    function closeMenus(except) {
        var nav = document.getElementById('navToggle');
        var user = document.getElementById('userMenuButton');
        if (nav && nav !== except) {
            setOpen(nav, false);
            document.body.classList.remove('nav-open');
        }
        if (user && user !== except) {
            setOpen(user, false);
            document.getElementById('userMenu').hidden = true;
        }
    }

    // fields with a value in the filters the button folds: the table's column filters, or the block after it
    function filterFields(button) {
        var table = button.closest('.ui-datatable');
        var scope = table ? table.querySelectorAll('thead .ui-column-filter, thead select')
            : button.nextElementSibling ? button.nextElementSibling.querySelectorAll('input, select') : [];
        return Array.prototype.filter.call(scope, function (field) {
            var type = (field.getAttribute('type') || '').toLowerCase();
            return !field.readOnly && !field.disabled && type !== 'hidden' && type !== 'submit' && type !== 'button'
                && (field.id || '').indexOf('_focus') < 0;
        });
    }

    function countFilters() {
        document.querySelectorAll('.filter-toggle').forEach(function (button) {
            var used = filterFields(button).filter(function (field) {
                return field.value !== null && String(field.value).trim() !== '';
            }).length;
            var count = button.querySelector('.filter-count');
            if (count) {
                count.textContent = used > 0 ? '(' + used + ')' : '';
            }
            button.classList.toggle('filters-used', used > 0);
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target;
        var nav = target.closest('#navToggle');
        if (nav) {
            var open = !isOpen(nav);
            closeMenus(nav);
            setOpen(nav, open);
            // the drawer hangs under the header, whatever its height (a demo marker, a long name in English)
            var header = document.querySelector('.topbar');
            document.documentElement.style.setProperty('--lc-header', header.getBoundingClientRect().bottom + 'px');
            document.body.classList.toggle('nav-open', open);
            return;
        }
        var user = target.closest('#userMenuButton');
        if (user) {
            var show = !isOpen(user);
            closeMenus(user);
            setOpen(user, show);
            document.getElementById('userMenu').hidden = !show;
            return;
        }
        var filters = target.closest('.filter-toggle');
        if (filters) {
            setOpen(filters, !isOpen(filters));
            return;
        }
        // a tap outside an open menu closes it; a tap on an entry leaves the page anyway
        if (!target.closest('#mainNav') && !target.closest('#userMenu')) {
            closeMenus(null);
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            closeMenus(null);
        }
    });

    document.addEventListener('input', countFilters);
    document.addEventListener('change', countFilters);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', countFilters);
    } else {
        countFilters();
    }
    // a filter chosen in a PrimeFaces menu, or a form rendered anew by AJAX, changes the count too
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', countFilters);
    }
})();

// On a phone a list hides its minor columns (col-hide-sm), and with them their filters: the talent list could not be
// filtered by township or degree, yet the filter button counted a township chosen at a desk. When the filters are
// unfolded, each hidden column's filter gets a stand-in under the table's header, labelled with the column's name: it
// sets the column's own filter (which stays the one the table sends), and shows its value after every answer.
(function () {
    function hiddenColumnFilters(table) {
        return Array.prototype.filter.call(table.querySelectorAll('thead th.col-hide-sm'), function (th) {
            return th.querySelector('.ui-column-customfilter select, input.ui-column-filter');
        });
    }

    function standIn(th) {
        var original = th.querySelector('.ui-column-customfilter select, input.ui-column-filter');
        var title = th.querySelector('.ui-column-title');
        var field = document.createElement('label');
        field.className = 'phone-filter';
        var name = document.createElement('span');
        name.textContent = title ? title.textContent.trim() : '';
        var copy;
        if (original.tagName === 'SELECT') {
            copy = document.createElement('select');
            Array.prototype.forEach.call(original.options, function (option) {
                copy.appendChild(new Option(option.textContent, option.value));
            });
            copy.addEventListener('change', function () {
                var menu = PrimeFaces.getWidgetById(original.id.replace(/_input$/, ''));
                if (menu) {
                    menu.selectValue(copy.value);
                    jQuery(original).trigger('change'); // the menu's own onchange filters the table
                }
            });
        } else {
            copy = document.createElement('input');
            copy.type = 'search';
            copy.addEventListener('input', function () {
                original.value = copy.value;
                jQuery(original).trigger('input');
            });
        }
        copy.dataset.standsFor = original.id;
        copy.className = 'phone-filter-field';
        field.appendChild(name);
        field.appendChild(copy);
        return field;
    }

    function build() {
        document.querySelectorAll('.ui-datatable').forEach(function (table) {
            var header = table.querySelector('.ui-datatable-header');
            if (!header || !header.querySelector('.filter-toggle') || header.querySelector('.phone-filters')) {
                return;
            }
            var columns = hiddenColumnFilters(table);
            if (columns.length === 0) {
                return;
            }
            var panel = document.createElement('div');
            panel.className = 'phone-filters';
            columns.forEach(function (th) {
                panel.appendChild(standIn(th));
            });
            header.appendChild(panel);
        });
        // every stand-in shows its column's filter as the table holds it now
        document.querySelectorAll('.phone-filter-field').forEach(function (copy) {
            var original = document.getElementById(copy.dataset.standsFor);
            if (original && copy !== document.activeElement) {
                copy.value = original.value;
            }
        });
    }

    if (!window.jQuery || !window.PrimeFaces) {
        return;
    }
    jQuery(build);
    jQuery(document).on('pfAjaxComplete', build);
})();

// A button's answer that puts a message out of sight (above the screen after scrolling down to 提交评分, or under the
// sticky header) brings it into view: the page seemed to do nothing. The form is the one of the button last clicked,
// looked up again by its id, since the answer may have drawn the form anew.
(function () {
    var clicked = null;
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('button, input[type="submit"]');
        clicked = button && button.form && button.form.id ? { form: button.form.id, at: Date.now() } : null;
    }, true);
    // typing means the button's answer is no longer awaited: an autosave's answer must not pull the page away
    document.addEventListener('input', function () {
        clicked = null;
    }, true);
    function showMessage() {
        if (!clicked || Date.now() - clicked.at > 15000) {
            return;
        }
        var form = document.getElementById(clicked.form);
        clicked = null;
        if (!form) {
            return;
        }
        var message = Array.prototype.find.call(form.querySelectorAll('.ui-messages > div, .ui-message-error, .ui-state-error'),
            function (m) { return m.offsetParent !== null; });
        if (!message) {
            return;
        }
        var header = document.querySelector('.topbar');
        var top = header ? header.getBoundingClientRect().bottom : 0;
        var box = message.getBoundingClientRect();
        if (box.top < top || box.bottom > window.innerHeight) {
            window.scrollBy(0, box.top - top - 16);
        }
    }
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            setTimeout(showMessage, 0);
        });
    }
})();

// Enter in a list's filter field filters, as leaving the field does; it sent the form with its first button, which on
// the audit page was 导出 Excel: a download instead of the list, and an error page for a filter that could not be read.
(function () {
    document.addEventListener('keydown', function (event) {
        var field = event.target;
        if (event.key !== 'Enter' || !field.matches || !field.matches('.filter-bar input:not([type="submit"]):not([type="button"])')) {
            return;
        }
        event.preventDefault();
        field.blur(); // its change event runs the filter
        field.focus();
    }, true);
})();

// Full-width digits (０８, as a Chinese input method types them) as the digits they are
function liancaiAsciiDigits(text) {
    return text.replace(/[\uFF10-\uFF19]/g, function (d) {
        return String.fromCharCode(d.charCodeAt(0) - 0xFF10 + 48);
    });
}

// An amount or an area is read as a number: full-width digits (３００００) and thousands separators (300,000 or 30，000)
// are what people type. Folded when the field is left, so that what is sent is what the field shows; the server
// reads them the same way (DecimalConverter) for a form sent without this.
(function () {
    document.addEventListener('change', function (event) {
        var field = event.target;
        if (!field.matches || !field.matches('input[inputmode="decimal"]')) {
            return;
        }
        var folded = liancaiAsciiDigits(field.value).replace(/\uFF0E/g, '.').replace(/(\d)[,，](?=\d{3}(\D|$))/g, '$1');
        if (folded !== field.value) {
            field.value = folded;
        }
    }, true);
})();

// The spinners of a year or a score give their range as aria-valuemin/max, not as PrimeFaces' min/max: with
// those, a number typed outside the range was set to the nearest end in the browser (1800 became 1900, a score of 15
// became 10) or dropped by the server without a word, and the record saved without it. Typed values now reach the
// server's check, which says what is wrong beside the field; the buttons still stop at the range's ends.
(function () {
    var Spinner = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Spinner;
    if (!Spinner || Spinner.prototype.buttonsKeepToRange) {
        return;
    }
    var spin = Spinner.prototype.spin;
    var bindEvents = Spinner.prototype.bindEvents;
    Spinner.prototype.buttonsKeepToRange = true;
    // the widget learns its value from key presses only: a number pasted with the mouse, dropped, or typed with an
    // input method was shown until the field was left, then the old one came back, while the page had saved the new
    // one. Full-width digits (０８) are read as the digits they are.
    Spinner.prototype.bindEvents = function () {
        bindEvents.apply(this, arguments);
        var widget = this;
        if (keepsItsRangeAside(this)) {
            // PrimeFaces' key filter dropped a point or a minus without a word: 0.5 became 05 and was saved as a score of
            // 5. Every key now reaches the field and the server's check; the arrow keys and Enter still spin and settle.
            this.input.off('keydown.spinner').on('keydown.spinner', function (e) {
                if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                    widget.spin(e.key === 'ArrowUp' ? 1 : -1);
                } else if (e.key === 'Enter' || e.key === 'NumpadEnter') {
                    widget.updateValue();
                    widget.format();
                }
            });
        }
        this.input.on('input.liancai', function () {
            var typed = this.value;
            var folded = liancaiAsciiDigits(typed);
            if (folded !== typed) {
                this.value = folded;
            }
            widget.updateValue();
        });
    };
    // a figure that is no whole number stays as typed, beside the server's refusal, instead of being redrawn as the
    // whole number the widget read out of it (0.5 shown as 0)
    var format = Spinner.prototype.format;
    Spinner.prototype.format = function () {
        if (keepsItsRangeAside(this) && !/^\s*-?\d*\s*$/.test(liancaiAsciiDigits(String(this.input.val())))) {
            return;
        }
        return format.apply(this, arguments);
    };
    function keepsItsRangeAside(widget) {
        return widget.cfg.min === undefined && widget.input.attr('aria-valuemin') !== undefined;
    }
    Spinner.prototype.spin = function () {
        var min = this.input.attr('aria-valuemin'), max = this.input.attr('aria-valuemax');
        if (this.cfg.min !== undefined || min === undefined || max === undefined) {
            return spin.apply(this, arguments);
        }
        this.cfg.min = Number(min);
        this.cfg.max = Number(max);
        try {
            return spin.apply(this, arguments);
        } finally {
            this.cfg.min = undefined;
            this.cfg.max = undefined;
        }
    };
})();

// A date the server could not read is shown again as it was typed, beside its refusal: PrimeFaces' date picker empties
// its field when it starts on text that is no date, and the clerk read "无法将 … 理解为日期" beside an empty field,
// with what they had typed gone.
(function () {
    var DatePicker = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.DatePicker;
    if (!DatePicker || DatePicker.prototype.keepsWhatWasTyped) {
        return;
    }
    var init = DatePicker.prototype.init;
    DatePicker.prototype.keepsWhatWasTyped = true;
    DatePicker.prototype.init = function (cfg) {
        var field = document.getElementById(cfg.id + '_input');
        var typed = field && cfg.valid === false ? field.value : '';
        var started = init.apply(this, arguments);
        if (typed && !field.value) {
            field.value = typed;
        }
        return started;
    };
})();

// A figure and its slider move together: a range input names its field in data-for (a plain input, since PrimeFaces'
// slider filtered the field's keys and put its own figure back in a field the clerk had emptied).
(function () {
    document.addEventListener('input', function (event) {
        var moved = event.target;
        if (!moved.matches) {
            return;
        }
        if (moved.matches('input[type="range"][data-for]')) {
            var field = document.getElementById(moved.getAttribute('data-for'));
            if (field) {
                field.value = moved.value;
            }
        } else if (moved.type === 'number' && moved.id) {
            var range = document.querySelector('input[type="range"][data-for="' + CSS.escape(moved.id) + '"]');
            if (range && moved.value !== '' && !isNaN(Number(moved.value))) {
                range.value = moved.value;
            }
        }
    });
})();

// What a person typed into a form is kept in the tab (sessionStorage) while they type, so that a form sent after the
// session ended is not lost: the server cannot save it and sends them to log in, and once they are back on the page
// it offers the text again (恢复填写的内容). Only text they typed is kept (text fields and text areas, not passwords,
// choices or hidden values) and only for this tab: it goes when the tab closes, at logging out, and once the page
// was opened again without a session having ended in between (it was saved, or left on purpose).
(function () {
    var PREFIX = 'liancai.draft:';
    var OFFER = 'liancai.draft.offer';
    var KEPT_HOURS = 12;
    var TYPED = ['text', 'number', 'email', 'tel', 'url', ''];
    var initial = new WeakMap();

    function store() {
        try {
            return window.sessionStorage;
        } catch (e) {
            return null; // storage refused (a private window's settings): nothing is kept, the form works as before
        }
    }

    function key() {
        return PREFIX + location.pathname + location.search;
    }

    function clearAll(storage) {
        for (var i = storage.length - 1; i >= 0; i--) {
            var k = storage.key(i);
            if (k && k.indexOf(PREFIX) === 0) {
                storage.removeItem(k);
            }
        }
    }

    // a field of the page's own forms whose text a person typed: not a list's column filter, not a picker's shown text
    // (its value is the hidden field beside it), not a password
    function typed(field) {
        if (!field || !field.id || field.readOnly || field.disabled || !field.closest('main.content form')
                || field.closest('thead') || /_(input|hinput|focus)$/.test(field.id)) {
            return false;
        }
        if (field.tagName === 'TEXTAREA') {
            return true;
        }
        return field.tagName === 'INPUT' && TYPED.indexOf((field.getAttribute('type') || '').toLowerCase()) >= 0;
    }

    function fields() {
        return Array.prototype.filter.call(document.querySelectorAll('main.content form input, main.content form textarea'), typed);
    }

    function remember() {
        fields().forEach(function (field) {
            if (!initial.has(field)) {
                initial.set(field, field.value);
            }
        });
    }

    function keep(storage) {
        var changed = {}, any = false;
        fields().forEach(function (field) {
            if (initial.has(field) && field.value !== initial.get(field)) {
                changed[field.id] = field.value;
                any = true;
            }
        });
        if (any) {
            storage.setItem(key(), JSON.stringify({at: Date.now(), fields: changed}));
        } else {
            storage.removeItem(key());
        }
    }

    function offer(storage, draft) {
        var bar = document.getElementById('draftRestore');
        var first = document.getElementById(Object.keys(draft.fields)[0]);
        if (!bar || !typed(first)) {
            return;
        }
        var form = first.closest('form');
        form.parentNode.insertBefore(bar, form); // beside what it fills in, not at the top of a long page
        bar.hidden = false;
        document.getElementById('draftRestoreButton').addEventListener('click', function () {
            var filled = null;
            Object.keys(draft.fields).forEach(function (id) {
                var field = document.getElementById(id);
                if (typed(field)) {
                    field.value = draft.fields[id];
                    field.dispatchEvent(new Event('input', {bubbles: true}));
                    field.dispatchEvent(new Event('change', {bubbles: true}));
                    filled = filled || field;
                }
            });
            bar.hidden = true;
            if (filled) {
                filled.focus();
            }
        });
        document.getElementById('draftDiscard').addEventListener('click', function () {
            storage.removeItem(key());
            bar.hidden = true;
        });
    }

    var storage = store();
    if (!storage) {
        return;
    }
    if (document.body.classList.contains('login-page')) {
        // the login page after a form could not be saved: the page it came from offers the text; any other log-in
        // (after logging out, a new day) starts with nothing kept
        if (document.querySelector('.login-expired')) {
            storage.setItem(OFFER, '1');
        } else {
            clearAll(storage);
            storage.removeItem(OFFER);
        }
        return;
    }
    var offered = storage.getItem(OFFER) === '1';
    storage.removeItem(OFFER);
    var draft = null;
    try {
        draft = JSON.parse(storage.getItem(key()) || 'null');
    } catch (e) {
        draft = null;
    }
    remember();
    if (draft && offered && draft.fields && Date.now() - draft.at < KEPT_HOURS * 3600 * 1000) {
        offer(storage, draft);
    } else {
        storage.removeItem(key());
    }
    document.addEventListener('input', function (event) {
        if (typed(event.target)) {
            keep(storage);
        }
    });
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('#logout')) {
            clearAll(storage);
        }
    }, true);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', remember); // fields an AJAX update brought (a dialog's form)
    }
})();

// What a person typed into a form is kept in the tab (sessionStorage) while they type, so that a form sent after the
// session ended is not lost: the server cannot save it and sends them to log in, and once they are back on the page
// it offers the text again (恢复填写的内容); so does a page reopened because its state was gone (another tab logged in
// anew). Kept: what was typed into text fields, text areas, dates and numbers (not passwords, choices or pickers),
// only for this tab and only for the person who typed it. It goes when the tab closes, at logging out, and at the
// next page opened that is not the one a login or a reopening led back to (the save led there, or the page was left).
(function () {
    var PREFIX = 'liancai.draft:';
    var OFFER = 'liancai.draft.offer';
    var REOPENED = /([?&])reopened=true(&|$)/;
    var KEPT_HOURS = 12;
    var TYPED = ['text', 'number', 'email', 'tel', 'url', 'date', ''];
    var initial = new WeakMap();

    function store() {
        try {
            return window.sessionStorage;
        } catch (e) {
            return null; // storage refused (a private window's settings): nothing is kept, the form works as before
        }
    }

    // the page's address, without the mark a reopening adds
    function key() {
        var search = location.search.replace(REOPENED, function (all, before, after) { return after ? before : ''; });
        return PREFIX + location.pathname + (search === '?' ? '' : search);
    }

    // who is typing: a draft is offered to them alone, not to whoever logs in next at this browser
    function owner() {
        var bar = document.getElementById('draftRestore');
        return bar ? bar.getAttribute('data-owner') : null;
    }

    function clearAll(storage) {
        for (var i = storage.length - 1; i >= 0; i--) {
            var k = storage.key(i);
            if (k && k.indexOf(PREFIX) === 0) {
                storage.removeItem(k);
            }
        }
    }

    // a field of the page's own forms whose text a person typed: not a list's column filter, not an autocomplete's
    // shown text (its value is the hidden field beside it), not a password; a date picker's and a spinner's text are
    function typed(field) {
        if (!field || !field.id || field.readOnly || field.disabled || !field.closest || !field.closest('main.content form')
                || field.closest('thead') || field.closest('.ui-autocomplete') || /_(hinput|focus)$/.test(field.id)) {
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

    // each field typed in: what the page showed (from) and what was typed (to)
    function keep(storage) {
        var changed = {}, any = false;
        fields().forEach(function (field) {
            if (initial.has(field) && field.value !== initial.get(field)) {
                changed[field.id] = {from: initial.get(field), to: field.value};
                any = true;
            }
        });
        if (any) {
            storage.setItem(key(), JSON.stringify({at: Date.now(), owner: owner(), fields: changed}));
        } else {
            storage.removeItem(key());
        }
    }

    function labelOf(field) {
        var label = document.querySelector('label[for="' + field.id.replace(/_input$/, '') + '"], label[for="' + field.id + '"]');
        return label ? label.textContent.replace(/\*/g, '').trim() : field.id;
    }

    function visible(field) {
        return !!(field.offsetWidth || field.offsetHeight || field.getClientRects().length);
    }

    // the bar beside the form it fills in, once that form is on the screen (a dialog's when it is opened, a form an
    // AJAX update brings when it comes); until then at the top of the page, saying where the text goes
    function offer(storage, draft) {
        var bar = document.getElementById('draftRestore');
        var ids = Object.keys(draft.fields);
        if (!bar || !ids.length) {
            return;
        }
        var top = bar.parentNode, placed = false;
        bar.hidden = false;
        function place() {
            var first = document.getElementById(ids[0]);
            if (placed || !typed(first)) {
                return;
            }
            var dialog = first.closest('.ui-dialog');
            var where = document.getElementById('draftWhere');
            if (!visible(first)) {
                if (dialog && where) {
                    var title = dialog.querySelector('.ui-dialog-title');
                    where.textContent = title ? title.textContent.trim() : '';
                    where.parentNode.hidden = false;
                }
                return;
            }
            var form = first.closest('form');
            form.parentNode.insertBefore(bar, form);
            if (where) {
                where.parentNode.hidden = true;
            }
            placed = true;
        }
        place();
        var watch = setInterval(function () {
            if (placed || bar.hidden) {
                clearInterval(watch);
            } else {
                place();
            }
        }, 400);
        document.getElementById('draftRestoreButton').addEventListener('click', function () {
            var filled = null, kept = [];
            ids.forEach(function (id) {
                var field = document.getElementById(id), typedIn = draft.fields[id];
                if (!typed(field)) {
                    return;
                }
                if (field.value !== typedIn.from && field.value !== typedIn.to) {
                    // changed by someone else since: theirs stays, and the person is told which
                    kept.push(labelOf(field));
                    return;
                }
                field.value = typedIn.to;
                field.dispatchEvent(new Event('input', {bubbles: true}));
                field.dispatchEvent(new Event('change', {bubbles: true}));
                filled = filled || field;
            });
            var changed = document.getElementById('draftChanged');
            if (kept.length && changed) {
                // where the bar was, above the form, and in view: the fields it names are the ones to check
                bar.parentNode.insertBefore(changed, bar);
                changed.querySelector('.draft-changed-fields').textContent = kept.join('、');
                changed.hidden = false;
            }
            bar.hidden = true;
            if (bar.parentNode !== top) {
                top.insertBefore(bar, top.firstChild);
            }
            if (kept.length && changed) {
                changed.scrollIntoView({block: 'center'});
            } else if (filled) {
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
        // the login page after a form could not be saved: the page it came from offers the text, also after a password
        // mistyped or the language switched on the way (the notice is not shown again then, the draft still waits)
        if (document.querySelector('.login-expired')) {
            storage.setItem(OFFER, '1');
        }
        return;
    }
    var offered = storage.getItem(OFFER) === '1' || REOPENED.test(location.search);
    storage.removeItem(OFFER);
    var draft = null;
    try {
        draft = JSON.parse(storage.getItem(key()) || 'null');
    } catch (e) {
        draft = null;
    }
    // a draft is needed only on the page the login led back to; any other page opened means it was saved (the save led
    // elsewhere) or left: none is kept longer than that, personal data among them
    clearAll(storage);
    remember();
    if (draft && offered && draft.fields && draft.owner && draft.owner === owner() && Date.now() - draft.at < KEPT_HOURS * 3600 * 1000) {
        storage.setItem(key(), JSON.stringify(draft));
        offer(storage, draft);
    }
    document.addEventListener('input', function (event) {
        if (typed(event.target)) {
            keep(storage);
        }
    });
    document.addEventListener('change', function (event) {
        if (typed(event.target)) {
            keep(storage); // a date picked from the calendar changes the field without an input event
        }
    });
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('[id$=":logout"]')) {
            clearAll(storage);
        }
    }, true);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', remember); // fields an AJAX update brought (a dialog's form)
    }
})();

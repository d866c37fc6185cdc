// Suggestions under the top bar's search box while typing: names, teams, projects, platforms, policies,
// applications and nominations the user may open, each a link to its page, then schools and employers
// of the talents they may see, each a link to the search for it. The list is the server's (/search-suggest, the login session's
// rights); the newest answer wins, an older one arriving late is dropped. Arrow keys move through the
// list, Enter opens the marked one (or searches, with none marked), Escape closes it.
(function () {
    var form = document.getElementById('searchForm');
    var input = document.getElementById('topSearch');
    var list = document.getElementById('suggestions');
    if (!form || !input || !list || !window.fetch) {
        return;
    }
    var asked = 0;
    var timer = null;

    function options() {
        return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
    }

    function close() {
        list.hidden = true;
        list.textContent = '';
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }

    function show(items) {
        list.textContent = '';
        items.forEach(function (item, i) {
            var li = document.createElement('li');
            li.setAttribute('role', 'option');
            li.id = 'suggestion-' + i;
            var a = document.createElement('a');
            a.href = item.href;
            a.className = 'suggestion';
            var title = document.createElement('span');
            title.className = 'suggestion-title';
            title.textContent = item.title;
            // a record is marked by its type (人才, 团队 …), a value by what it is (学校, 单位)
            var record = !item.kind || item.kind === 'record';
            li.setAttribute('data-kind', record ? 'record' : item.kind);
            var kind = document.createElement('span');
            kind.className = record ? 'tag' : 'tag tag-value';
            kind.textContent = record ? form.getAttribute('data-type-' + item.type) || item.type
                : form.getAttribute('data-kind-' + item.kind) || item.kind;
            a.appendChild(title);
            a.appendChild(kind);
            li.appendChild(a);
            list.appendChild(li);
        });
        list.hidden = items.length === 0;
        input.setAttribute('aria-expanded', items.length > 0 ? 'true' : 'false');
    }

    function ask() {
        var typed = input.value.trim();
        var mine = ++asked;
        if (typed === '') {
            close();
            return;
        }
        fetch(form.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed),
            {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (items) {
                if (mine === asked && Array.isArray(items)) {
                    show(items);
                }
            })
            .catch(function () { /* no suggestions: the search itself still works */ });
    }

    function mark(step) {
        var all = options();
        if (all.length === 0) {
            return;
        }
        var at = all.findIndex(function (o) { return o.getAttribute('aria-selected') === 'true'; });
        all.forEach(function (o) { o.setAttribute('aria-selected', 'false'); });
        var next = (at + step + all.length + (at < 0 && step < 0 ? 1 : 0)) % all.length;
        all[next].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', all[next].id);
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(ask, 80);
    });
    input.addEventListener('keydown', function (event) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            mark(event.key === 'ArrowDown' ? 1 : -1);
        } else if (event.key === 'Escape') {
            close();
        } else if (event.key === 'Enter') {
            var chosen = list.querySelector('[aria-selected="true"] a');
            if (chosen && !list.hidden) {
                event.preventDefault();
                window.location.href = chosen.href;
            }
        }
    });
    // a click on a suggestion lands before the box loses focus; anything else closes the list
    document.addEventListener('click', function (event) {
        if (!form.contains(event.target)) {
            close();
        }
    });
})();

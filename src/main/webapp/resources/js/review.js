// The score sheet: Tab goes from score to score, not through each spinner's arrow buttons (they are
// for the mouse). Applied at load and again after every AJAX update, which renders the sheet anew.
(function () {
    function skipSpinnerButtons() {
        $('.sheet .ui-spinner-button').attr('tabindex', '-1');
    }
    $(skipSpinnerButtons);
    $(document).on('pfAjaxComplete', skipSpinnerButtons);
})();

// Nothing typed on the sheet is lost by leaving it. A score or comment is saved when its field is left (autosave on
// change); a link clicked meanwhile (下一个, the queue) waits until that save has answered, and the browser's Back or a
// closed tab while a field still holds unsaved typing, or a save is under way, asks first. A reviewer going fast lost
// a score and the overall comment to 下一个 clicked within a third of a second.
(function () {
    var typing = false;
    // a save of the sheet under way: a request of another form (the conflict dialog's, whose answer leads to the queue)
    // is not one, or leaving after it asked whether to leave the sheet just stepped aside from
    function saving() {
        var queue = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;
        if (!queue || queue.isEmpty()) {
            return false;
        }
        return !Array.isArray(queue.requests) || queue.requests.some(function (request) {
            var source = typeof request.source === 'string' ? document.getElementById(request.source) : request.source;
            return !source || !source.closest || !!source.closest('#reviewForm');
        });
    }
    document.addEventListener('input', function (event) {
        if (event.target.closest && event.target.closest('#reviewForm')) {
            typing = true;
        }
    });
    document.addEventListener('change', function (event) {
        if (event.target.closest && event.target.closest('#reviewForm')) {
            typing = false;
        }
    }, true);
    document.addEventListener('submit', function () {
        typing = false;
    }, true);
    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('a[href]');
        if (!link || !document.getElementById('reviewForm') || link.target || event.ctrlKey || event.metaKey || event.shiftKey
                || link.getAttribute('href').charAt(0) === '#') {
            return;
        }
        // the field just left has fired its change, and its save is queued: follow the link once it has answered
        if (saving()) {
            event.preventDefault();
            var waited = 0;
            var timer = setInterval(function () {
                waited += 50;
                if (!saving() || waited > 8000) {
                    clearInterval(timer);
                    typing = false;
                    window.location.href = link.href;
                }
            }, 50);
        } else {
            typing = false;
        }
    });
    window.addEventListener('beforeunload', function (event) {
        if (document.getElementById('reviewForm') && (typing || saving())) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();

// The score sheet: Tab goes from score to score, not through each spinner's arrow buttons (they are
// for the mouse). Applied at load and again after every AJAX update, which renders the sheet anew.
(function () {
    function skipSpinnerButtons() {
        $('.sheet .ui-spinner-button').attr('tabindex', '-1');
    }
    $(skipSpinnerButtons);
    $(document).on('pfAjaxComplete', skipSpinnerButtons);
})();

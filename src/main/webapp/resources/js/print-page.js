/* the print view's button: a script file, since the pages' security policy runs no inline script */
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('printNow');
    if (button) {
        button.addEventListener('click', function () { window.print(); });
    }
});

/*
 * A case page keeps the reader's place. The page's bean keeps the open tab across full-page
 * posts; this keeps the scroll position across a full-page post or a reload, and the open tab
 * across a reload (which starts a new view). An error message is shown rather than the old place.
 */
(function () {
    'use strict';
    var KEY = 'secondopinion.position:' + location.pathname;
    var POST_MAX_AGE_MS = 60 * 1000;
    var RELOAD_MAX_AGE_MS = 30 * 60 * 1000;
    var posting = false;

    function caseTabs() {
        return window.PrimeFaces && PrimeFaces.widgets.caseTabs ? PrimeFaces.widgets.caseTabs : null;
    }

    function remember() {
        var tabs = caseTabs();
        try {
            sessionStorage.setItem(KEY, JSON.stringify({
                search: location.search, y: window.scrollY, at: Date.now(), posted: posting,
                tab: tabs ? tabs.getActiveIndex() : null
            }));
        } catch (storageRefused) {
            // private mode or storage full: the place is simply not kept
        }
    }

    function saved() {
        try {
            var place = JSON.parse(sessionStorage.getItem(KEY));
            return place && typeof place.at === 'number' ? place : null;
        } catch (unreadable) {
            return null;
        }
    }

    function restore() {
        var place = saved();
        if (!place) {
            return;
        }
        var navigation = performance.getEntriesByType('navigation')[0];
        var reload = navigation && navigation.type === 'reload';
        var age = Date.now() - place.at;
        try {
            // a place is used once: a later visit to the page starts at the top
            sessionStorage.removeItem(KEY);
        } catch (storageRefused) {
            // nothing kept, nothing to forget
        }
        if (!(reload && age < RELOAD_MAX_AGE_MS) && !(place.posted && age < POST_MAX_AGE_MS)) {
            return;
        }
        var tabs = caseTabs();
        if (reload && place.search === location.search && tabs && place.tab !== null
                && place.tab !== tabs.getActiveIndex() && place.tab < tabs.getLength()) {
            tabs.select(place.tab);
        }
        var error = document.querySelector('#messages .ui-messages-error');
        if (error) {
            error.scrollIntoView({block: 'start'});
        } else {
            window.scrollTo(0, place.y);
        }
    }

    // a full-page post (PrimeFaces' non-ajax buttons submit the form natively) returns to this page
    // (not the menu's sign-out, which leaves the page for good)
    document.addEventListener('submit', function (event) {
        posting = !(event.target && event.target.id === 'menuForm');
    }, true);
    window.addEventListener('pagehide', remember);
    window.addEventListener('load', function () {
        setTimeout(restore, 0);
    });
}());

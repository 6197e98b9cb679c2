package org.secondopinion.web.error;

import java.util.OptionalLong;
import org.secondopinion.web.shell.PageMessages;

/**
 * The record a page's address names is missing, unreadable, or not the caller's to know of: the 404 page says
 * which, in the same words for all three, so that another firm's case looks exactly like one that does not exist.
 */
public class PageNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageNotFound(String whatWasNotFound) {
        super(whatWasNotFound);
    }

    /** The {@code id} of an address as a record number, or empty when it is missing or not a positive number. */
    public static OptionalLong id(String text) {
        if (text == null || !text.strip().matches("[1-9][0-9]{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text.strip()));
    }

    /** "There is no case with the number abc": {@code record} is the bundle key naming the kind of record. */
    public static PageNotFound of(PageMessages messages, String record, String idText) {
        String what = messages.text(record);
        return new PageNotFound(idText == null || idText.isBlank() ? messages.text("notFound.noId", what)
                : messages.text("notFound.unknown", what, idText.strip()));
    }
}

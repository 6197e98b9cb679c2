/** Request ids ({@code X-Request-Id}) on every answer and the access log, one line per request. */
package org.secondopinion.web.requestlog;

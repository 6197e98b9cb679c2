/** Converters of page inputs: days typed as yyyy-mm-dd, read strictly. */
package org.secondopinion.web.converter;

/**
 * Fee schedule logic with no container types: the streaming reader of hospital price-transparency files
 * (CSV and JSON, CMS templates 2.x and 3.x), its charge rules and its import report.
 */
package org.secondopinion.feeschedule.control;

/** What a fee schedule keeps: imported price files with their charges and import issues, and the prices of a code. */
package org.secondopinion.feeschedule.entity;

/** The web shell: login and logout, the menu by role, each role's home page, the own account. */
package org.secondopinion.web.shell;

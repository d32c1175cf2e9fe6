/**
 * Users, roles and passwords (bcrypt) and their store. Imports JDBI; no Javalin. Start at Accounts.
 */
package io.factline.users;

/** Users, roles, passwords and bearer tokens: who the caller is and what they may do. */
package tn.entrix.identity;

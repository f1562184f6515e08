/** The blacklist's REST resource and console pages. */
package tn.entrix.blacklist;

/** Demo data for the dev run, created through the real services. */
package tn.entrix.demo;

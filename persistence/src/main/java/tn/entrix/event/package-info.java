/** Events: participants and their relations, event groups (season → phase), events and their life cycle. */
package tn.entrix.event;

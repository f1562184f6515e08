/**
 * Venues and their cartography: mappings (configurations), the zone tree with rolled-up capacities, seats generated
 * in bulk, access points, and whole-mapping import, export and copy.
 */
package tn.entrix.venue;

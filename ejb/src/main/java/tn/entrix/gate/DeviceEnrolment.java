package tn.entrix.gate;

/**
 * A device just enrolled (or given a new secret), with its credential: shown this once, to be entered on the device
 * (it sends it in the {@code Entrix-Device} header); only its SHA-256 is kept.
 */
public record DeviceEnrolment(DeviceView device, String credential) {
}

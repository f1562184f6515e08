// Reads QR codes from the phone's rear camera: with the browser's own BarcodeDetector where it has one (Android
// Chrome), else with the vendored jsQR on frames drawn into a canvas. The same code seen again within a few seconds
// is one scan: a ticket held in front of the camera is read many times a second.

const REPEAT_MS = 4000;
const JSQR = 'vendor/jsqr-1.4.0/jsQR.js';

let jsQrLoading;
function loadJsQr() {
  jsQrLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(JSQR, document.baseURI).href;
    script.onload = () => resolve(window.jsQR);
    script.onerror = reject;
    document.head.append(script);
  });
  return jsQrLoading;
}

export class Camera {
  /** @param video a <video> element; @param onCode called with each new code read */
  constructor(video, onCode) {
    this.video = video;
    this.onCode = onCode;
    this.running = false;
    this.paused = false;
    this.last = { code: null, at: 0 };
    this.canvas = document.createElement('canvas');
  }

  /** Opens the camera; throws when there is none or the steward refused it. */
  async start() {
    this.stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: 'environment' } }, audio: false,
    });
    this.video.srcObject = this.stream;
    await this.video.play();
    if ('BarcodeDetector' in window) {
      this.detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    } else {
      this.jsQR = await loadJsQr();
    }
    this.running = true;
    this.loop();
  }

  stop() {
    this.running = false;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.video.srcObject = null;
  }

  /** While a decision is on screen, frames are not read. */
  pause(paused) {
    this.paused = paused;
  }

  async loop() {
    if (!this.running) return;
    if (!this.paused && this.video.readyState >= 2) {
      const code = await this.read().catch(() => null);
      const now = Date.now();
      if (code && (code !== this.last.code || now - this.last.at > REPEAT_MS)) {
        this.last = { code, at: now };
        this.onCode(code);
      }
    }
    setTimeout(() => this.loop(), 120);
  }

  async read() {
    if (this.detector) {
      const found = await this.detector.detect(this.video);
      return found[0]?.rawValue ?? null;
    }
    const { videoWidth: w, videoHeight: h } = this.video;
    this.canvas.width = w;
    this.canvas.height = h;
    const context = this.canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(this.video, 0, 0, w, h);
    const image = context.getImageData(0, 0, w, h);
    return this.jsQR(image.data, w, h, { inversionAttempts: 'dontInvert' })?.data ?? null;
  }
}

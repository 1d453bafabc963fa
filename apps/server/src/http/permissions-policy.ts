/**
 * `Permissions-Policy`: browser features no page of Overblik uses, switched off for the app and anything it might
 * embed. The clipboard keeps its default (this origin only): the app copies new API tokens and dispute letters.
 * Every name is one Chromium knows (it warns in the console about others; tests/e2e/first-load.e2e.test.ts checks).
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'gamepad=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'local-fonts=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

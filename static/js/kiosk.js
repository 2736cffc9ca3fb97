// Kiosk mode (SCORED_KIOSK=1): loaded only on a kiosk. The attract screen, the idle reset,
// Start over, More time and text size live here.

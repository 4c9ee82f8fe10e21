/**
 * The one network stub of the guide replay: CI cannot reach Google Fonts, and
 * the layout that create-next-app writes loads Geist and Geist Mono through
 * next/font/google. With NEXT_FONT_GOOGLE_MOCKED_RESPONSES pointing at this
 * module, Next.js (Turbopack and webpack alike) looks up the stylesheet URL it
 * would fetch here instead. Turbopack serializes the export as JSON, so the
 * keys must be the exact URLs (the format of next/font's get-google-fonts-url).
 * A scaffold with other fonts fails with "Missing mocked response": add the
 * family below.
 */
const families = { Geist: '100..900', 'Geist Mono': '100..900' };
// Turbopack downloads the font files for real: the replay serves stand-in bytes
// on 127.0.0.1 (tools/replay/run.ts) and passes the address in this variable.
const fontServer = process.env.REPLAY_FONT_SERVER;
if (!fontServer) throw new Error('tools/replay/google-fonts-stub.cjs: REPLAY_FONT_SERVER is not set; run it through npm run test:replay');

const responses = {};
for (const [family, weights] of Object.entries(families)) {
  const url = `https://fonts.googleapis.com/css2?family=${family.replace(/ /g, '+')}:wght@${weights}&display=swap`;
  responses[url] = `/* latin */
@font-face {
  font-family: '${family}';
  font-style: normal;
  font-weight: ${weights.replace('..', ' ')};
  font-display: swap;
  src: url(${fontServer}/${family.replace(/ /g, '-')}.woff2) format('woff2');
  unicode-range: U+0000-00FF;
}
`;
}
module.exports = responses;

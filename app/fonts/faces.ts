// The faces of the first screen, served by next/font/local: preloaded and exposed as CSS variables
// that the stacks in globals.css use. Their metric-matched stand-ins are in fallbacks.css rather than
// next/font's (adjustFontFallback), which name Arial alone and cover every character.
// font-display: fallback waits up to ~100 ms for these preloaded files before painting with the
// stand-ins (measured: swap painted a few ms before them and shifted by ~0.01 one load in three;
// fallback and block never did, and LCP was the same). Should a face miss its ~3 s swap period, the
// stack's next family, the full unicode-range one, still draws the text in Noto. Korean and Japanese are subsets cut from content/ at build time
// (npm run build runs scripts/build-fonts.ts); every other character comes from full-coverage.css.
import localFont from 'next/font/local';

// The @fontsource "latin" slice as it is: small, and any comment's accented letters are in it.
export const notoSans = localFont({
  src: [
    { path: '../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2', weight: '600', style: 'normal' },
  ],
  variable: '--noto-sans',
  display: 'fallback',
  adjustFontFallback: false,
  // Same as latinRange in lib/fonts/charsets.ts (next/font takes literals only).
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

export const notoSansKr = localFont({
  src: [
    { path: './subset/noto-sans-kr-400.woff2', weight: '400', style: 'normal' },
    { path: './subset/noto-sans-kr-600.woff2', weight: '600', style: 'normal' },
  ],
  variable: '--noto-sans-kr',
  display: 'fallback',
  adjustFontFallback: false,
});

export const notoSansJp = localFont({
  src: [
    { path: './subset/noto-sans-jp-400.woff2', weight: '400', style: 'normal' },
    { path: './subset/noto-sans-jp-600.woff2', weight: '600', style: 'normal' },
  ],
  variable: '--noto-sans-jp',
  display: 'fallback',
  adjustFontFallback: false,
});

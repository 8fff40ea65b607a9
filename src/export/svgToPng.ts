// The one part of the export that needs a browser: an SVG drawn on a canvas and saved as PNG.

/** Options of `svgToPng`. */
export interface SvgToPngOptions {
  /** Device pixels per SVG pixel (0.1–8): 2 makes a 1920 × 1080 slide 3840 × 2160. @default 2 */
  pixelRatio?: number;
}

/**
 * An SVG string (from `radarToSvg`, `gaugeToSvg`, `boardToSvg`, or any with `width` and `height`
 * in pixels on its root) as a PNG, `width × pixelRatio` by `height × pixelRatio` pixels. Browsers
 * only (it needs `Image` and a canvas; in Node, convert the SVG with a tool of your own).
 *
 * The SVG is loaded as an image from a `blob:` URL (revoked when done), so under a
 * Content-Security-Policy the page needs `img-src blob:` (besides `'self'`); no script, style or
 * connect source is needed, and the exports' SVGs load nothing themselves. The text is drawn in
 * the fonts the browser has (the exports ask for the system's interface font).
 *
 * Rejects with an `Error` that says what went wrong: no browser, an SVG without a size, an image
 * the browser cannot load (not SVG, or blocked by the page's policy), no 2D canvas, a canvas too
 * large for the browser to encode.
 */
export async function svgToPng(svg: string, options: SvgToPngOptions = {}): Promise<Blob> {
  if (typeof document === 'undefined' || typeof Image === 'undefined') {
    throw new Error('svgToPng needs a browser: it draws the SVG on a canvas.');
  }
  const ratio = options.pixelRatio ?? 2;
  if (!(typeof ratio === 'number' && ratio >= 0.1 && ratio <= 8)) {
    throw new RangeError('svgToPng: pixelRatio must be a number from 0.1 to 8.');
  }
  const root = /<svg\b[^>]*>/.exec(String(svg))?.[0] ?? '';
  const length = (name: string) =>
    Number(new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(root)?.[1]);
  const width = length('width');
  const height = length('height');
  if (!(width > 0 && height > 0)) {
    throw new Error('svgToPng: the SVG needs a width and a height in pixels on its root element.');
  }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () =>
        reject(
          new Error(
            'svgToPng: the browser could not load the SVG as an image (not well-formed SVG, or a Content-Security-Policy without img-src blob:).',
          ),
        );
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('svgToPng: this browser gives no 2D canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob
            ? resolve(blob)
            : reject(new Error('svgToPng: the canvas could not be encoded as PNG (too large?).')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
